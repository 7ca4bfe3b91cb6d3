import { NO_VARIATION_WARNING } from './inference';
import { PairedObservation, pairedImpact } from './paired';
import { mulberry32, normalSampler } from './testing/random';

/** n people with a stable personal level (sd 10); before/after windows add noise (sd 10) and `effect`. */
function simulatePairs(seed: number, n: number, effect: number): PairedObservation[] {
  const normal = normalSampler(mulberry32(seed));
  return Array.from({ length: n }, () => {
    const level = normal(50, 10);
    return { before: level + normal(0, 10), after: level + effect + normal(0, 10) };
  });
}

describe('pairedImpact', () => {
  it('reproduces a hand-checkable example (differences 1..10)', () => {
    const pairs = Array.from({ length: 10 }, (_, i) => ({ before: 100, after: 100 + i + 1 }));
    const r = pairedImpact(pairs);
    // mean 5.5, sd √(82.5/9) = 3.02765, SE = 0.957427, t = 5.744563, t(0.975, 9) = 2.262157.
    expect(r.n).toBe(10);
    expect(r.meanDifference).toBeCloseTo(5.5, 12);
    expect(r.standardError).toBeCloseTo(0.9574271077563381, 10);
    expect(r.tStatistic).toBeCloseTo(5.744562646538029, 8);
    expect(r.degreesOfFreedom).toBe(9);
    expect(r.ci95?.[0]).toBeCloseTo(3.334149410331831, 6);
    expect(r.ci95?.[1]).toBeCloseTo(7.665850589668169, 6);
    expect(r.pValue).toBeCloseTo(0.000278196, 7);
    expect(r).toMatchObject({ significant: true, improvement: 5.5, verdict: 'improved', warning: null });
  });

  it('matches a reference paired t-test (scipy.stats.ttest_rel)', () => {
    const before = [72, 80, 65, 90, 77, 68, 85, 74, 79, 70];
    const after = [75, 84, 66, 95, 80, 67, 90, 79, 80, 74];
    const r = pairedImpact(before.map((b, i) => ({ before: b, after: after[i] })));
    expect(r.meanDifference).toBeCloseTo(3, 12);
    expect(r.tStatistic).toBeCloseTo(4.616902584383193, 8);
    expect(r.pValue).toBeCloseTo(0.0012598815252936532, 8);
    expect(r.ci95?.[0]).toBeCloseTo(1.530081290571291, 6);
    expect(r.ci95?.[1]).toBeCloseTo(4.469918709428709, 6);
  });

  it('recovers an injected +5 effect (n = 400) inside the 95% interval and calls it significant', () => {
    const r = pairedImpact(simulatePairs(2024, 400, 5));
    const [low, high] = r.ci95 ?? [Number.NaN, Number.NaN];
    expect(low).toBeLessThan(5);
    expect(high).toBeGreaterThan(5);
    expect(low).toBeGreaterThan(0);
    expect(r.significant).toBe(true);
    expect(r.verdict).toBe('improved');
    expect(r.warning).toBeNull();
  });

  it('does not call a null effect significant', () => {
    // Any one seed has a 5% chance of a false positive (seed 99 is one); the replication test checks the rate.
    const r = pairedImpact(simulatePairs(2, 400, 0));
    expect(r.significant).toBe(false);
    expect(r.verdict).toBe('inconclusive');
    expect(r.ci95?.[0]).toBeLessThan(0);
    expect(r.ci95?.[1]).toBeGreaterThan(0);
  });

  it('has ~95% interval coverage and ~5% false positives over many seeded replications', () => {
    const reps = 400;
    let covered = 0;
    let falsePositives = 0;
    for (let seed = 1; seed <= reps; seed++) {
      const withEffect = pairedImpact(simulatePairs(seed, 30, 5));
      if (withEffect.ci95 && withEffect.ci95[0] <= 5 && 5 <= withEffect.ci95[1]) covered++;
      if (pairedImpact(simulatePairs(10_000 + seed, 30, 0)).significant) falsePositives++;
    }
    expect(covered / reps).toBeGreaterThan(0.92);
    expect(covered / reps).toBeLessThan(0.98);
    expect(falsePositives / reps).toBeGreaterThan(0.02);
    expect(falsePositives / reps).toBeLessThan(0.08);
  });

  it('turns the sign with higherIsBetter: false (e.g. handling time going down is an improvement)', () => {
    const r = pairedImpact(simulatePairs(5, 400, -5), { higherIsBetter: false });
    expect(r.meanDifference).toBeLessThan(0);
    expect(r.improvement).toBeCloseTo(-(r.meanDifference ?? 0), 12);
    expect(r.verdict).toBe('improved');
    const worse = pairedImpact(simulatePairs(5, 400, 5), { higherIsBetter: false });
    expect(worse.verdict).toBe('worsened');
    expect(worse.significant).toBe(true);
  });

  it('warns and concludes nothing for tiny samples, even with a huge effect', () => {
    const r = pairedImpact(simulatePairs(3, 6, 40));
    expect(r.n).toBe(6);
    expect(r.significant).toBe(false);
    expect(r.verdict).toBe('inconclusive');
    expect(r.warning).toBe('Too few people (6; at least 10 needed) to say anything yet.');
    expect(r.ci95).not.toBeNull(); // still computed, for inspection
    expect(pairedImpact(simulatePairs(3, 25, 40), { minSampleSize: 30 }).warning).toMatch(/Too few people \(25/);
  });

  it('handles no data and a single pair without NaN', () => {
    const none = pairedImpact([]);
    expect(none).toMatchObject({ n: 0, meanDifference: null, ci95: null, standardError: null, pValue: null });
    expect(none.warning).toMatch(/Too few people/);
    const one = pairedImpact([{ before: 1, after: 3 }]);
    expect(one).toMatchObject({ n: 1, meanDifference: 2, ci95: null, tStatistic: null, significant: false });
  });

  it('runs no test on zero variance: no interval, no degrees of freedom', () => {
    const same = Array.from({ length: 12 }, (_, i) => ({ before: i, after: i }));
    expect(pairedImpact(same)).toMatchObject({
      meanDifference: 0, standardError: 0, ci95: null, degreesOfFreedom: null, tStatistic: null, pValue: null,
      significant: false, tested: false, warning: NO_VARIATION_WARNING,
    });
    // Every person exactly +0.1, with floating-point noise in the differences.
    const shifted = Array.from({ length: 12 }, (_, i) => ({ before: i * 0.1, after: i * 0.1 + 0.1 }));
    const r = pairedImpact(shifted);
    expect(r.significant).toBe(false);
    expect(r.warning).toBe(NO_VARIATION_WARNING);
    expect(r.meanDifference).toBeCloseTo(0.1, 12);
  });

  it('rejects non-finite values', () => {
    expect(() => pairedImpact([{ before: 1, after: Number.NaN }])).toThrow(/pairs\[0\]\.after/);
  });
});
