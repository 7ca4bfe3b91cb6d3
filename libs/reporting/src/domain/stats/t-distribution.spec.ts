import { tQuantile, twoSidedPValue } from './t-distribution';

describe('Student t distribution', () => {
  it.each([
    // Textbook two-sided 95% critical values (t table), to the table's 3 decimals.
    [1, 12.706],
    [2, 4.303],
    [9, 2.262],
    [29, 2.045],
    [399, 1.966],
    [1e6, 1.96],
  ])('t(0.975, df=%d) = %d', (df, expected) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it('matches more digits and other levels', () => {
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157162798205, 7);
    expect(tQuantile(0.995, 5)).toBeCloseTo(4.032142983555228, 7);
    expect(tQuantile(0.025, 9)).toBeCloseTo(-2.262157162798205, 7);
    expect(tQuantile(0.5, 3)).toBeCloseTo(0, 10);
  });

  it('gives two-sided p-values that invert the quantile', () => {
    expect(twoSidedPValue(2.262157162798205, 9)).toBeCloseTo(0.05, 7);
    expect(twoSidedPValue(-12.706204736174694, 1)).toBeCloseTo(0.05, 7);
    expect(twoSidedPValue(0, 10)).toBeCloseTo(1, 10);
    expect(twoSidedPValue(40, 100)).toBeGreaterThan(0);
    expect(twoSidedPValue(40, 100)).toBeLessThan(1e-30);
  });

  it('rejects impossible arguments', () => {
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => twoSidedPValue(1, Number.NaN)).toThrow(RangeError);
  });
});
