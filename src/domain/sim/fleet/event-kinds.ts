/** The kinds of event on the fleet simulation's future-event list (small integers for the typed heap). */
export const EV = {
  ARRIVAL: 0,
  BG_ARRIVAL: 1,
  /** A client's backoff ended: it sends again (through its rate limiter in adaptive mode). */
  RETRY: 2,
  ITERATION: 3,
  HEALTH_CHECK: 4,
  AUTOSCALE: 5,
  PHASE: 6,
  FAULT_START: 7,
  FAULT_END: 8,
  SCHEDULE: 9,
  /** Adaptive mode: the client's rate limiter lets a delayed send go. */
  SEND: 10,
  /** Waiting-time bound: check a replica's queue heads (payload: replica id). */
  WAIT_SWEEP: 11,
  /** Client timeouts: check the oldest outstanding attempts. */
  TIMEOUT_SWEEP: 12,
  /** The workload's max_tokens changes (workload.maxTokensChange). */
  SETTING: 13,
} as const;

/** Where modules put future events: the simulation's heap. */
export type Scheduler = { push(time: number, kind: number, payload: number): void };
