import { Injectable } from '@nestjs/common';
import { badInput, notFound, Viewer } from '@app/shared';
import { MetricDefinition, MetricRepository } from '@app/performance-metrics';
import { PopulationFilter, ReportScope } from '../scope/report-scope';
import { analyseImpact, ImpactAnalysis, improvementLowerBound, PersonWindows } from './impact-analysis';
import { ImpactRepository } from './impact.repository';
import { ImpactRow } from './impact.sql';

export interface ImpactRequest extends PopulationFilter {
  metricKey: string;
  beforeMonths?: number | null;
  afterMonths?: number | null;
  minSampleSize?: number | null;
}

export interface CertificationImpactResult {
  certificationId: string;
  certificationName: string;
  /** True when a job role in the population requires it (so it is not optional there). */
  requiredHere: boolean;
  metric: MetricDefinition;
  beforeMonths: number;
  afterMonths: number;
  analysis: ImpactAnalysis;
  /** Conservative ranking key (see improvementLowerBound). */
  rankScore: number | null;
}

const DEFAULT_WINDOW = 3;

@Injectable()
export class ImpactService {
  constructor(
    private readonly repo: ImpactRepository,
    private readonly metrics: MetricRepository,
    private readonly scope: ReportScope,
  ) {}

  /** Impact of one certification on one metric over the viewer's population. */
  async certificationImpact(viewer: Viewer, certificationId: string, req: ImpactRequest): Promise<CertificationImpactResult> {
    const results = await this.compute(viewer, certificationId, req);
    if (!results.length) throw notFound('Certification');
    return results[0];
  }

  /** Every certification earned in the population, best conservative improvement first. */
  async ranking(viewer: Viewer, req: ImpactRequest & { optionalOnly?: boolean | null }): Promise<CertificationImpactResult[]> {
    const results = await this.compute(viewer, null, req);
    return results
      .filter((r) => !req.optionalOnly || !r.requiredHere)
      .sort((a, b) => (b.rankScore ?? -Infinity) - (a.rankScore ?? -Infinity) || a.certificationName.localeCompare(b.certificationName));
  }

  private async compute(viewer: Viewer, certificationId: string | null, req: ImpactRequest): Promise<CertificationImpactResult[]> {
    const beforeMonths = months('beforeMonths', req.beforeMonths);
    const afterMonths = months('afterMonths', req.afterMonths);
    const minSampleSize = req.minSampleSize ?? undefined;
    if (minSampleSize !== undefined && (!Number.isInteger(minSampleSize) || minSampleSize < 2 || minSampleSize > 10_000)) {
      throw badInput('minSampleSize', 'minSampleSize must be an integer between 2 and 10000');
    }
    const metric = await this.metrics.byKey(req.metricKey);
    if (!metric) throw badInput('metricKey', `No performance metric with key "${req.metricKey}"`);
    const params: unknown[] = [];
    const population = { sql: await this.scope.population(viewer, req, 'e', params), params };
    const rows = await this.repo.rows({ population, metricId: metric.id, metricKey: metric.key, beforeMonths, afterMonths, certificationId });

    const byCert = new Map<string, { certified: PersonWindows[]; peers: PersonWindows[] }>();
    if (certificationId) byCert.set(certificationId, { certified: [], peers: [] });
    for (const r of rows) groupOf(byCert, r).push({ before: r.before_mean, after: r.after_mean });
    const info = await this.repo.certificationInfo([...byCert.keys()], population);
    return info.map((c) => {
      const group = byCert.get(c.id) as { certified: PersonWindows[]; peers: PersonWindows[] };
      const analysis = analyseImpact(group.certified, group.peers, metric.higherIsBetter, minSampleSize);
      return {
        certificationId: c.id,
        certificationName: c.name,
        requiredHere: c.required_here,
        metric,
        beforeMonths,
        afterMonths,
        analysis,
        rankScore: improvementLowerBound(analysis, metric.higherIsBetter),
      };
    });
  }
}

function groupOf(map: Map<string, { certified: PersonWindows[]; peers: PersonWindows[] }>, r: ImpactRow): PersonWindows[] {
  let g = map.get(r.certification_id);
  if (!g) map.set(r.certification_id, (g = { certified: [], peers: [] }));
  return r.grp === 'CERTIFIED' ? g.certified : g.peers;
}

function months(field: string, value: number | null | undefined): number {
  const n = value ?? DEFAULT_WINDOW;
  if (!Number.isInteger(n) || n < 1 || n > 24) throw badInput(field, `${field} must be a whole number of months between 1 and 24`);
  return n;
}
