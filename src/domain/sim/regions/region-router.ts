/** What the profile's router knows of one Region when a request arrives. */
export type RegionState = {
  /** The cross-Region inference profile may route here. */
  inProfile: boolean;
  /** Servers the Region's balancer routes to (failed ones count until health checks find them). */
  routable: number;
  /** Requests those servers hold (waiting or running). */
  outstanding: number;
  /** At least one routable server has room in its queue. */
  room: boolean;
  roundTripSeconds: number;
};

export type RouteChoice = {
  /** Where the request goes. */
  chosen: number;
  /** The least-loaded Region of the profile: where it would have gone had that Region had room. */
  preferred: number;
  /** True when the preferred Region was full or failing and the request went elsewhere. */
  spilled: boolean;
};

function load(s: RegionState): number {
  return s.routable > 0 ? s.outstanding / s.routable : 0;
}

function usable(s: RegionState): boolean {
  return s.routable > 0 && s.room;
}

function better(a: RegionState, ai: number, b: RegionState, bi: number): boolean {
  const la = load(a);
  const lb = load(b);
  if (la !== lb) return la < lb;
  if (a.roundTripSeconds !== b.roundTripSeconds) return a.roundTripSeconds < b.roundTripSeconds;
  return ai < bi;
}

/**
 * A request sent through a cross-Region inference profile: the least-loaded Region of the profile
 * (requests held per routable server; ties: the shorter round trip, then the source Region) if it has
 * room; otherwise the least-loaded Region of the profile that does. A Region with no routable server
 * (a detected outage) looks empty, so it is the preferred one and spills: its traffic shows as spilled
 * out of it. With no Region of the profile able to take it, the request goes to the preferred Region,
 * which answers it (503 or 429 not ready). Never a Region outside the profile.
 * `source` must be in the profile (the scenario schema checks it).
 */
export function routeProfileRequest(states: readonly RegionState[], source = 0): RouteChoice {
  let preferred = -1;
  let chosen = -1;
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (!s.inProfile) continue;
    if (preferred < 0 || better(s, i, states[preferred]!, preferred)) preferred = i;
    if (usable(s) && (chosen < 0 || better(s, i, states[chosen]!, chosen))) chosen = i;
  }
  if (preferred < 0) return { chosen: source, preferred: source, spilled: false };
  if (chosen < 0 || usable(states[preferred]!)) return { chosen: preferred, preferred, spilled: false };
  return { chosen, preferred, spilled: chosen !== preferred };
}
