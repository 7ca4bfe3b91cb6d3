import { adaptiveBatches } from './adaptive-batches';

async function* source(total: number, per: number): AsyncGenerator<number[]> {
  for (let i = 0; i < total; i += per) yield Array.from({ length: Math.min(per, total - i) }, (_, j) => i + j);
}

describe('adaptiveBatches', () => {
  it('sizes batches so each takes the consumer about the target time, keeping every row once and in order', async () => {
    let clock = 0;
    const msPerRow = 2; // a slow consumer: 100 ms target → 50 rows
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const batch of adaptiveBatches(source(1000, 300), { max: 400, min: 10, targetMs: 100, now: () => clock })) {
      sizes.push(batch.length);
      seen.push(...batch);
      clock += batch.length * msPerRow;
    }
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(sizes[0]).toBe(100); // a quarter of max to start
    expect(new Set(sizes.slice(1, -1))).toEqual(new Set([50]));
  });

  it('grows to max for a fast consumer and never below min for a slow one', async () => {
    let clock = 0;
    const sizes: number[] = [];
    for await (const batch of adaptiveBatches(source(5000, 1000), { max: 500, min: 20, targetMs: 100, now: () => clock })) {
      sizes.push(batch.length);
      clock += batch.length * 0.01;
    }
    expect(Math.max(...sizes)).toBe(500);
    clock = 0;
    const slow: number[] = [];
    for await (const batch of adaptiveBatches(source(200, 100), { max: 500, min: 20, targetMs: 100, now: () => clock })) {
      slow.push(batch.length);
      clock += batch.length * 1000;
    }
    expect(slow.slice(1).every((n) => n === 20 || n < 20)).toBe(true);
    expect(slow.slice(1, -1).every((n) => n === 20)).toBe(true);
  });
});
