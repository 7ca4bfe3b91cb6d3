import { mean, median, percentile, standardDeviation, variance } from './summary';

describe('summary statistics', () => {
  it('computes mean, sample variance and standard deviation', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(variance(xs)).toBeCloseTo(32 / 7, 12); // sum of squares 32, n − 1 = 7
    expect(standardDeviation(xs)).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('stays accurate for large offsets (two-pass variance)', () => {
    expect(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBeCloseTo(30, 6);
  });

  it('computes the median of odd and even counts without mutating the input', () => {
    const xs = [3, 1, 2, 4];
    expect(median(xs)).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(xs).toEqual([3, 1, 2, 4]);
  });

  it('interpolates percentiles linearly (type 7, as numpy / Excel PERCENTILE.INC)', () => {
    expect(percentile([15, 20, 35, 40, 50], 90)).toBeCloseTo(46, 12);
    expect(percentile([1, 2, 3, 4], 90)).toBeCloseTo(3.7, 12);
    expect(percentile([1, 2, 3, 4], 0)).toBe(1);
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
    expect(percentile([42], 90)).toBe(42);
  });

  it('rejects empty input, too few values, non-finite values and bad p', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
    expect(() => variance([1])).toThrow(/at least 2/);
    expect(() => mean([1, Number.NaN])).toThrow(/finite/);
    expect(() => percentile([1, 2], 101)).toThrow(RangeError);
    expect(() => percentile([1, 2], Number.NaN)).toThrow(RangeError);
  });
});
