import { NO_VARIATION_WARNING } from './inference';
import { mulberry32, normalSampler } from './testing/random';
import { welchImpact } from './two-sample';

function sample(seed: number, n: number, mean: number, sd: number): number[] {
  const normal = normalSampler(mulberry32(seed));
  return Array.from({ length: n }, () => normal(mean, sd));
}

describe('welchImpact', () => {
  it('reproduces the textbook Welch example (t = −2.46, df ≈ 25.0, p = 0.021)', () => {
    const a = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const b = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const r = welchImpact(a, b);
    expect(r).toMatchObject({ nA: 15, nB: 15, significant: true, verdict: 'worsened', warning: null });
    expect(r.meanDifference).toBeCloseTo(-2.166666666666668, 10);
    expect(r.tStatistic).toBeCloseTo(-2.455356398286006, 8);
    expect(r.degreesOfFreedom).toBeCloseTo(24.988529290231416, 8);
    expect(r.pValue).toBeCloseTo(0.021378001462866992, 7);
    expect(r.ci95?.[0]).toBeCloseTo(-3.984096267140929, 6);
    expect(r.ci95?.[1]).toBeCloseTo(-0.3492370661924069, 6);
  });

  it('handles unequal sizes and variances (reference: scipy ttest_ind, equal_var=False)', () => {
    const a = [12, 14, 11, 15, 13, 16, 12, 14, 13, 15, 17, 12];
    const b = [10, 11, 13, 9, 12, 10, 11, 8, 12, 10, 9, 11, 14, 10];
    const r = welchImpact(a, b);
    expect(r.degreesOfFreedom).toBeCloseTo(22.39105783053318, 8);
    expect(r.tStatistic).toBeCloseTo(4.309698289853164, 8);
    expect(r.ci95?.[0]).toBeCloseTo(1.5331007999781923, 6);
    expect(r.ci95?.[1]).toBeCloseTo(4.371661104783713, 6);
  });

  it('recovers an injected +5 effect (sd 10, n = 400 per group)', () => {
    const r = welchImpact(sample(11, 400, 55, 10), sample(12, 400, 50, 10));
    const [low, high] = r.ci95 ?? [Number.NaN, Number.NaN];
    expect(low).toBeLessThan(5);
    expect(high).toBeGreaterThan(5);
    expect(r).toMatchObject({ significant: true, verdict: 'improved', warning: null });
  });

  it('does not call a null effect significant', () => {
    const r = welchImpact(sample(21, 400, 50, 10), sample(22, 400, 50, 14));
    expect(r.significant).toBe(false);
    expect(r.verdict).toBe('inconclusive');
  });

  it('keeps false positives near 5% over many seeded replications', () => {
    let falsePositives = 0;
    for (let seed = 1; seed <= 400; seed++) {
      if (welchImpact(sample(seed, 20, 50, 5), sample(5000 + seed, 40, 50, 15)).significant) falsePositives++;
    }
    expect(falsePositives / 400).toBeGreaterThan(0.02);
    expect(falsePositives / 400).toBeLessThan(0.08);
  });

  it('respects higherIsBetter: false', () => {
    const r = welchImpact(sample(31, 200, 45, 10), sample(32, 200, 50, 10), { higherIsBetter: false });
    expect(r.meanDifference).toBeLessThan(0);
    expect(r.improvement).toBeGreaterThan(0);
    expect(r.verdict).toBe('improved');
  });

  it('warns and concludes nothing when either group is small', () => {
    const r = welchImpact(sample(41, 8, 80, 5), sample(42, 300, 50, 5));
    expect(r.significant).toBe(false);
    expect(r.warning).toBe('Too few people (8 certified, 300 peers; at least 10 in each needed) to say anything yet.');
    expect(welchImpact(sample(43, 12, 80, 5), [50]).warning).toBe('Too few people (12 certified, 1 peer; at least 10 in each needed) to say anything yet.');
    expect(welchImpact([1], [])).toMatchObject({ nA: 1, nB: 0, meanDifference: null, ci95: null, significant: false });
    expect(welchImpact([1], [2, 3])).toMatchObject({ meanDifference: -1.5, standardError: null, ci95: null });
  });

  it('runs no test on zero variance: no interval, no degrees of freedom', () => {
    const constant = welchImpact(Array(12).fill(7), Array(15).fill(5));
    expect(constant).toMatchObject({ meanDifference: 2, standardError: 0, ci95: null, degreesOfFreedom: null, tStatistic: null, pValue: null, tested: false });
    expect(constant.significant).toBe(false);
    expect(constant.warning).toBe(NO_VARIATION_WARNING);
    // One constant group is fine: Welch then uses the other group's variance alone (df = nB − 1).
    const oneConstant = welchImpact(Array(12).fill(7), [4, 5, 6, 5, 4, 6, 5, 5, 4, 6]);
    expect(oneConstant.degreesOfFreedom).toBeCloseTo(9, 10);
    expect(oneConstant.significant).toBe(true);
  });

  it('rejects non-finite values', () => {
    expect(() => welchImpact([1, 2], [3, Number.POSITIVE_INFINITY])).toThrow(/peers\[1\]/);
  });
});
