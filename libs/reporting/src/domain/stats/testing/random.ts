/** Deterministic random numbers for tests only: mulberry32 uniforms and Box–Muller normals. */

export type Uniform = () => number;

/** mulberry32: a tiny 32-bit-state PRNG; uniform in [0, 1). Same seed, same sequence. */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Normal(mean, sd) draws by the Box–Muller transform over a uniform source. */
export function normalSampler(uniform: Uniform): (mean?: number, sd?: number) => number {
  let spare: number | null = null;
  return (mean = 0, sd = 1) => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return mean + sd * z;
    }
    const u1 = 1 - uniform(); // (0, 1]: log stays finite
    const u2 = uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return mean + sd * radius * Math.cos(2 * Math.PI * u2);
  };
}
