export function pct(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

/**
 * Times several variants in the same conditions: every round runs each once, in an order that rotates, so
 * a load change on the machine lands on all of them alike. Returns each variant's sorted durations in ms.
 */
export async function timeInterleaved<K extends string>(runs: number, warmup: number, variants: Record<K, () => Promise<unknown>>): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const t0 = process.hrtime.bigint();
      await variants[name]();
      if (round >= warmup) times[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  for (const n of names) times[n].sort((a, b) => a - b);
  return times;
}
