/**
 * Descriptive statistics shared by the certification-impact analysis and the KPI reports.
 * Every function throws a RangeError on empty input (or too little for the statistic) and on
 * non-finite values, so a missing guard fails loudly instead of leaking NaN into a report.
 */

function assertFinite(values: readonly number[], minLength: number, what: string): void {
  if (values.length < minLength) {
    throw new RangeError(`${what} needs at least ${minLength} value${minLength === 1 ? '' : 's'}, got ${values.length}`);
  }
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`${what}: every value must be a finite number, got ${v}`);
  }
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function mean(values: readonly number[]): number {
  assertFinite(values, 1, 'mean');
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample variance (divides by n − 1), computed in two passes for numerical stability. */
export function variance(values: readonly number[]): number {
  assertFinite(values, 2, 'variance');
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return squares / (values.length - 1);
}

/** Sample standard deviation (square root of the n − 1 variance). */
export function standardDeviation(values: readonly number[]): number {
  return Math.sqrt(variance(values));
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The p-th percentile, p in [0, 100], by linear interpolation between closest ranks:
 * rank h = (n − 1) · p / 100 on the ascending values x[0..n−1], result
 * x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋]). This is Hyndman–Fan type 7, the default of
 * numpy, R's quantile() and Excel's PERCENTILE.INC. Example: percentile([15, 20, 35, 40, 50], 90) = 46.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within [0, 100], got ${p}`);
  assertFinite(values, 1, 'percentile');
  const sorted = sortedCopy(values);
  const h = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}
