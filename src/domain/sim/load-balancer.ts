import type { Prng } from './prng.ts';

export type LoadBalancerPolicy = 'round-robin' | 'least-outstanding' | 'power-of-two';

/** What the balancer sees of a replica: how many requests it holds. */
export type Routable = { outstanding(): number };

/**
 * Picks a replica index among `targets` (the healthy, ready ones as the balancer believes).
 * Round robin keeps a cursor; least outstanding scans (ties: lowest index); power of two random
 * choices compares two distinct random replicas. Returns -1 when there is none.
 */
export class LoadBalancer {
  private cursor = 0;

  constructor(
    readonly policy: LoadBalancerPolicy,
    private readonly rng: Prng,
  ) {}

  pick(targets: readonly Routable[]): number {
    const n = targets.length;
    if (n === 0) return -1;
    if (n === 1) return 0;
    switch (this.policy) {
      case 'round-robin': {
        const i = this.cursor % n;
        this.cursor = i + 1;
        return i;
      }
      case 'least-outstanding': {
        let best = 0;
        let bestLoad = targets[0]!.outstanding();
        for (let i = 1; i < n; i++) {
          const load = targets[i]!.outstanding();
          if (load < bestLoad) {
            best = i;
            bestLoad = load;
          }
        }
        return best;
      }
      case 'power-of-two': {
        const a = this.rng.int(n);
        let b = this.rng.int(n - 1);
        if (b >= a) b++;
        return targets[b]!.outstanding() < targets[a]!.outstanding() ? b : a;
      }
    }
  }
}
