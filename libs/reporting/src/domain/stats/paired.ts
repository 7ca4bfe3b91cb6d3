import { mean, standardDeviation } from './summary';
import { ImpactInference, ImpactOptions, assertFiniteValue, resolveMinSampleSize, tTest } from './inference';

/** One certified person's mean metric in a window before and in a window after earning the certification. */
export interface PairedObservation {
  before: number;
  after: number;
}

export interface PairedImpact extends ImpactInference {
  n: number;
}

/**
 * Paired before/after analysis: a one-sample t-test on the differences (after − before) with n − 1
 * degrees of freedom, and the matching 95% interval for the mean difference. See ImpactInference for the
 * sign conventions. A before/after change is not by itself caused by the certification (seasonality,
 * regression to the mean); compare with peers (welchImpact) for that.
 */
export function pairedImpact(pairs: readonly PairedObservation[], options: ImpactOptions = {}): PairedImpact {
  const minSampleSize = resolveMinSampleSize(options);
  let scale = 0;
  const differences = pairs.map(({ before, after }, i) => {
    assertFiniteValue(before, `pairs[${i}].before`);
    assertFiniteValue(after, `pairs[${i}].after`);
    scale = Math.max(scale, Math.abs(before), Math.abs(after));
    return after - before;
  });
  const n = differences.length;
  const sampleWarning =
    n < minSampleSize ? `Too few people (${n}; at least ${minSampleSize} needed) to say anything yet.` : null;
  const standardError = n >= 2 ? standardDeviation(differences) / Math.sqrt(n) : null;
  return {
    n,
    ...tTest({
      estimate: n >= 1 ? mean(differences) : null,
      standardError,
      degreesOfFreedom: n >= 2 ? n - 1 : null,
      scale,
      sampleWarning,
      higherIsBetter: options.higherIsBetter ?? true,
    }),
  };
}
