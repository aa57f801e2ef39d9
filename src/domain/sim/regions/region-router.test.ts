import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeProfileRequest, type RegionState } from './region-router.ts';

const region = (over: Partial<RegionState> = {}): RegionState => ({ inProfile: true, routable: 4, outstanding: 8, room: true, roundTripSeconds: 0.02, ...over });

describe('the cross-Region profile router', () => {
  it('sends a request to the least-loaded Region (requests per server), ties to the shorter round trip', () => {
    expect(routeProfileRequest([region({ outstanding: 20, roundTripSeconds: 0 }), region({ outstanding: 8 }), region({ outstanding: 12 })])).toEqual({ chosen: 1, preferred: 1, spilled: false });
    expect(routeProfileRequest([region({ roundTripSeconds: 0 }), region(), region()]).chosen).toBe(0);
    expect(routeProfileRequest([region({ outstanding: 8, routable: 2 }), region({ outstanding: 12, routable: 4 })]).chosen).toBe(1);
  });

  it('a full Region spills to the next least loaded with room', () => {
    const choice = routeProfileRequest([region({ outstanding: 40, roundTripSeconds: 0 }), region({ outstanding: 4, room: false }), region({ outstanding: 20 })]);
    expect(choice).toEqual({ chosen: 2, preferred: 1, spilled: true });
  });

  it('a failing Region (no server routable) spills everything', () => {
    expect(routeProfileRequest([region({ routable: 0, outstanding: 0, room: false, roundTripSeconds: 0 }), region()])).toEqual({ chosen: 1, preferred: 0, spilled: true });
  });

  it('with no Region able to take it, the preferred one answers (no spill)', () => {
    expect(routeProfileRequest([region({ room: false, roundTripSeconds: 0 }), region({ room: false, outstanding: 30 })])).toEqual({ chosen: 0, preferred: 0, spilled: false });
  });

  it('never chooses a Region outside the profile, whatever the loads', () => {
    const state = fc.record({
      inProfile: fc.boolean(),
      routable: fc.integer({ min: 0, max: 50 }),
      outstanding: fc.integer({ min: 0, max: 5000 }),
      room: fc.boolean(),
      roundTripSeconds: fc.double({ min: 0, max: 0.3, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(state, { minLength: 1, maxLength: 6 }), (rest) => {
        const states = [{ ...rest[0]!, inProfile: true }, ...rest.slice(1)];
        const c = routeProfileRequest(states);
        expect(states[c.chosen]!.inProfile).toBe(true);
        expect(states[c.preferred]!.inProfile).toBe(true);
        // A spill always lands in a Region that can take the request.
        if (c.spilled) expect(states[c.chosen]!.routable > 0 && states[c.chosen]!.room).toBe(true);
      }),
    );
  });
});
