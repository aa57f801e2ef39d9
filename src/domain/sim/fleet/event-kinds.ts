/** The kinds of event on the fleet simulation's future-event list (small integers for the typed heap). */
export const EV = {
  ARRIVAL: 0,
  BG_ARRIVAL: 1,
  RETRY: 2,
  ITERATION: 3,
  HEALTH_CHECK: 4,
  AUTOSCALE: 5,
  PHASE: 6,
  FAULT_START: 7,
  FAULT_END: 8,
  SCHEDULE: 9,
} as const;

/** Where modules put future events: the simulation's heap. */
export type Scheduler = { push(time: number, kind: number, payload: number): void };
