import { mean, standardDeviation } from '../summary';
import { mulberry32, normalSampler } from './random';

describe('test random generators', () => {
  it('mulberry32 is deterministic per seed and uniform in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('Box–Muller draws have the requested mean and standard deviation', () => {
    const normal = normalSampler(mulberry32(7));
    const xs = Array.from({ length: 20_000 }, () => normal(100, 15));
    expect(Math.abs(mean(xs) - 100)).toBeLessThan(0.5);
    expect(Math.abs(standardDeviation(xs) - 15)).toBeLessThan(0.5);
  });
});
