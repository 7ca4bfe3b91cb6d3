import { Cell, ReportTable, tableOf } from '../csv/report-table';
import { ImpactInference } from '../domain/stats';
import { CertificationImpactResult } from './impact.service';

const test = (prefix: string, get: (r: CertificationImpactResult) => ImpactInference): Array<[string, (r: CertificationImpactResult) => Cell]> => [
  [`${prefix}.meanDifference`, (r) => get(r).meanDifference],
  [`${prefix}.ciLow`, (r) => get(r).ci95?.[0] ?? null],
  [`${prefix}.ciHigh`, (r) => get(r).ci95?.[1] ?? null],
  [`${prefix}.standardError`, (r) => get(r).standardError],
  [`${prefix}.degreesOfFreedom`, (r) => get(r).degreesOfFreedom],
  [`${prefix}.pValue`, (r) => get(r).pValue],
  [`${prefix}.tested`, (r) => get(r).tested],
  [`${prefix}.significant`, (r) => get(r).significant],
  [`${prefix}.improvement`, (r) => get(r).improvement],
  [`${prefix}.verdict`, (r) => get(r).verdict.toUpperCase()],
  [`${prefix}.warning`, (r) => get(r).warning],
];

/** Impact results as a table; column names are the GraphQL field paths. */
export function impactTable(results: readonly CertificationImpactResult[]): ReportTable {
  return tableOf(results, [
    ['certificationId', (r) => r.certificationId],
    ['certificationName', (r) => r.certificationName],
    ['requiredHere', (r) => r.requiredHere],
    ['metricKey', (r) => r.metric.key],
    ['metricName', (r) => r.metric.name],
    ['metricUnit', (r) => r.metric.unit],
    ['higherIsBetter', (r) => r.metric.higherIsBetter],
    ['beforeMonths', (r) => r.beforeMonths],
    ['afterMonths', (r) => r.afterMonths],
    ['paired.n', (r) => r.analysis.paired.n],
    ['paired.meanBefore', (r) => r.analysis.paired.meanBefore],
    ['paired.meanAfter', (r) => r.analysis.paired.meanAfter],
    ...test('paired', (r) => r.analysis.paired),
    ['peers.nCertified', (r) => r.analysis.peers.nA],
    ['peers.nPeers', (r) => r.analysis.peers.nB],
    ['peers.meanChangeCertified', (r) => r.analysis.peers.meanChangeCertified],
    ['peers.meanChangePeers', (r) => r.analysis.peers.meanChangePeers],
    ...test('peers', (r) => r.analysis.peers),
    ['summary', (r) => r.analysis.summary],
    ['rankScore', (r) => r.rankScore],
  ]);
}
