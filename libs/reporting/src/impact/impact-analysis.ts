import { mean, pairedImpact, PairedImpact, TwoSampleImpact, welchImpact } from '../domain/stats';

/** One person's window means, as the aggregate returns them. */
export interface PersonWindows {
  before: number;
  after: number;
}

export interface ImpactAnalysis {
  /** (a) each certified person's after-window mean vs their own before-window mean. */
  paired: PairedImpact & { meanBefore: number | null; meanAfter: number | null };
  /**
   * (b) certified people's change (after − before) vs the change of not-yet-certified peers in the
   * same job role over the same calendar windows (a difference in differences; Welch's t-test).
   */
  peers: TwoSampleImpact & { meanChangeCertified: number | null; meanChangePeers: number | null };
  /** A plain sentence for the report: too small, inconclusive, or the finding. */
  summary: string;
}

const meanOrNull = (values: number[]) => (values.length ? mean(values) : null);

/** Runs both tests on the per-person rows; pure, no I/O. */
export function analyseImpact(certified: PersonWindows[], peers: PersonWindows[], higherIsBetter: boolean, minSampleSize?: number): ImpactAnalysis {
  const options = { higherIsBetter, minSampleSize };
  const paired = pairedImpact(certified, options);
  const certifiedChange = certified.map((r) => r.after - r.before);
  const peerChange = peers.map((r) => r.after - r.before);
  const welch = welchImpact(certifiedChange, peerChange, options);
  return {
    paired: { ...paired, meanBefore: meanOrNull(certified.map((r) => r.before)), meanAfter: meanOrNull(certified.map((r) => r.after)) },
    peers: { ...welch, meanChangeCertified: meanOrNull(certifiedChange), meanChangePeers: meanOrNull(peerChange) },
    summary: summarize(paired, welch),
  };
}

/** A sentence without its final period, to continue it. */
const clause = (sentence: string) => sentence.replace(/\.+$/, '');

function summarize(paired: PairedImpact, peers: TwoSampleImpact): string {
  return [finding(paired, peers), ...(paired.tested || peers.tested ? [] : ['It is not ranked: no statistical test could be run.'])].join(' ');
}

function finding(paired: PairedImpact, peers: TwoSampleImpact): string {
  if (paired.warning && (peers.warning || peers.nB === 0)) return paired.warning;
  if (peers.verdict !== 'inconclusive') {
    return `Certified people ${peers.verdict} compared with not-yet-certified peers in the same role (significant at 95%).`;
  }
  if (paired.verdict !== 'inconclusive') {
    return `Certified people ${paired.verdict} after earning it (significant at 95%), but the comparison with peers is not conclusive${peers.warning ? `: ${clause(peers.warning)}` : ''}.`;
  }
  return peers.warning ?? paired.warning ?? 'No significant difference: the data do not show an effect either way.';
}

/**
 * Conservative ranking key: the end of the 95% interval of the improvement closest to zero
 * (peer comparison when its test ran, else the paired test); null when no test ran.
 */
export function improvementLowerBound(analysis: ImpactAnalysis, higherIsBetter: boolean): number | null {
  const test = analysis.peers.tested ? analysis.peers : analysis.paired.tested ? analysis.paired : null;
  if (!test?.ci95) return null;
  const ci = test.ci95;
  return higherIsBetter ? ci[0] : -ci[1];
}
