import { mean, variance } from './summary';
import { ImpactInference, ImpactOptions, assertFiniteValue, resolveMinSampleSize, tTest } from './inference';

export interface TwoSampleImpact extends ImpactInference {
  /** Size of group A, the certified people. */
  nA: number;
  /** Size of group B, the not-yet-certified peers. */
  nB: number;
}

/**
 * Certified (A) vs not-yet-certified peers (B): Welch's unequal-variance t-test on mean(A) − mean(B),
 * with Welch–Satterthwaite degrees of freedom
 *   df = (vA/nA + vB/nB)² / ((vA/nA)²/(nA − 1) + (vB/nB)²/(nB − 1)),
 * and the matching 95% interval. See ImpactInference for the sign conventions.
 */
export function welchImpact(
  certified: readonly number[],
  peers: readonly number[],
  options: ImpactOptions = {},
): TwoSampleImpact {
  const minSampleSize = resolveMinSampleSize(options);
  let scale = 0;
  for (const [name, group] of [['certified', certified], ['peers', peers]] as const) {
    group.forEach((v, i) => {
      assertFiniteValue(v, `${name}[${i}]`);
      scale = Math.max(scale, Math.abs(v));
    });
  }
  const nA = certified.length;
  const nB = peers.length;
  const sampleWarning =
    nA < minSampleSize || nB < minSampleSize
      ? `Too few people (${nA} certified, ${nB} ${nB === 1 ? 'peer' : 'peers'}; at least ${minSampleSize} in each needed) to say anything yet.`
      : null;

  let standardError: number | null = null;
  let degreesOfFreedom: number | null = null;
  if (nA >= 2 && nB >= 2) {
    const a = variance(certified) / nA;
    const b = variance(peers) / nB;
    standardError = Math.sqrt(a + b);
    const denominator = a ** 2 / (nA - 1) + b ** 2 / (nB - 1);
    // Both groups constant: df is 0/0; tTest reports "no variation" before using it.
    degreesOfFreedom = denominator > 0 ? (a + b) ** 2 / denominator : nA + nB - 2;
  }
  return {
    nA,
    nB,
    ...tTest({
      estimate: nA >= 1 && nB >= 1 ? mean(certified) - mean(peers) : null,
      standardError,
      degreesOfFreedom,
      scale,
      sampleWarning,
      higherIsBetter: options.higherIsBetter ?? true,
    }),
  };
}
