import { jStat } from 'jstat';

/** Quantile (inverse CDF) of Student's t with `df` degrees of freedom (df may be fractional, as in Welch). */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be within (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`tQuantile: degrees of freedom must be > 0, got ${df}`);
  return jStat.studentt.inv(p, df);
}

/** Two-sided p-value of a t statistic: P(|T| ≥ |t|). Uses the lower tail to keep precision for large |t|. */
export function twoSidedPValue(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`twoSidedPValue: degrees of freedom must be > 0, got ${df}`);
  return Math.min(1, 2 * jStat.studentt.cdf(-Math.abs(t), df));
}
