/**
 * mulberry32: a small, well-known seeded PRNG returning [0, 1). Cheap and good enough for visual
 * jitter (retry waits in the journey, request dots in the simulator); the simulation engine itself
 * uses the stronger xoshiro128** in src/domain/sim/prng.ts.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
