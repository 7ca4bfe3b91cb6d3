import { tQuantile, twoSidedPValue } from './t-distribution';

/** Two-sided significance level; the interval is the matching 95% confidence interval. */
export const ALPHA = 0.05;
export const DEFAULT_MIN_SAMPLE_SIZE = 10;

export interface ImpactOptions {
  /** true (default) when a larger metric value is better (pass rate); false when smaller is better (handling time). */
  higherIsBetter?: boolean;
  /** Fewer pairs (paired) or fewer people in either group (two-sample) than this: nothing is concluded. Default 10, at least 2. */
  minSampleSize?: number;
}

/**
 * 'improved' / 'worsened' only when the difference is significant; the direction follows `improvement`.
 */
export type ImpactVerdict = 'improved' | 'worsened' | 'inconclusive';

/**
 * Sign conventions: `meanDifference` and `ci95` are in raw metric units, always "certified/after minus
 * peers/before". `improvement` is `meanDifference` turned so that a positive number means "better":
 * equal to meanDifference when higherIsBetter, its negation otherwise.
 * Values that cannot be computed are null: with fewer than 2 values, or no variation, no test runs, and then
 * ci95, degreesOfFreedom, tStatistic and pValue are null (`tested` false).
 */
export interface ImpactInference {
  meanDifference: number | null;
  ci95: [number, number] | null;
  standardError: number | null;
  degreesOfFreedom: number | null;
  tStatistic: number | null;
  pValue: number | null;
  significant: boolean;
  /** Whether a t-test ran (enough values, and some variation): only then is there an interval to rank by. */
  tested: boolean;
  improvement: number | null;
  verdict: ImpactVerdict;
  warning: string | null;
}

export const NO_VARIATION_WARNING = 'The values show no variation, so no statistical test was run; check the data.';

/** Relative tolerance under which a standard error counts as zero (floating-point noise on identical differences). */
const ZERO_SE_TOLERANCE = 1e-12;

export interface TTestInput {
  /** Raw mean difference, null when there is no data at all. */
  estimate: number | null;
  /** null when it cannot be computed (fewer than 2 values somewhere). */
  standardError: number | null;
  degreesOfFreedom: number | null;
  /** Largest absolute input value: the yardstick for "zero" variation. */
  scale: number;
  /** Set when the sample is below the minimum: then nothing is significant. */
  sampleWarning: string | null;
  higherIsBetter: boolean;
}

export function resolveMinSampleSize(options: ImpactOptions): number {
  const min = options.minSampleSize ?? DEFAULT_MIN_SAMPLE_SIZE;
  if (!Number.isInteger(min)) throw new RangeError(`minSampleSize must be an integer, got ${min}`);
  return Math.max(2, min);
}

export function tTest(input: TTestInput): ImpactInference {
  const { estimate, standardError: se, degreesOfFreedom: df, sampleWarning } = input;
  const sign = input.higherIsBetter ? 1 : -1;
  const improvement = estimate === null ? null : normalizeZero(sign * estimate);
  const empty: ImpactInference = {
    meanDifference: estimate, ci95: null, standardError: se, degreesOfFreedom: df, tStatistic: null, pValue: null,
    significant: false, tested: false, improvement, verdict: 'inconclusive', warning: sampleWarning,
  };
  if (estimate === null || se === null || df === null) return empty;

  if (se <= ZERO_SE_TOLERANCE * input.scale) {
    // No variation: no test runs, so there is no interval, no degrees of freedom and nothing to rank.
    return { ...empty, standardError: 0, degreesOfFreedom: null, warning: sampleWarning ?? NO_VARIATION_WARNING };
  }
  const tStatistic = estimate / se;
  const pValue = twoSidedPValue(tStatistic, df);
  const margin = tQuantile(1 - ALPHA / 2, df) * se;
  const significant = sampleWarning === null && pValue < ALPHA;
  const verdict: ImpactVerdict = !significant ? 'inconclusive' : sign * estimate > 0 ? 'improved' : 'worsened';
  return { ...empty, ci95: [estimate - margin, estimate + margin], tStatistic, pValue, significant, tested: true, verdict };
}

export function assertFiniteValue(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
}

function normalizeZero(x: number): number {
  return x === 0 ? 0 : x;
}
