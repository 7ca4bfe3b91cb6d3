import { ImpactRequest } from './impact/impact.service';
import { KpiDimension } from './kpi/dimension';
import { PopulationFilter } from './scope/report-scope';

/** What each report is asked for, whether by GraphQL arguments or a CSV export's query string. */
export interface CertificationImpactRequest extends ImpactRequest {
  certificationId: string;
}

export interface ImpactRankingRequest extends ImpactRequest {
  /** Leave out certifications required for a job role in the population. */
  optionalOnly?: boolean | null;
}

export interface KpiRequest extends PopulationFilter {
  dimension: KpiDimension;
}

/** A KPI request over months or quarters: from and to are any day in the first and last one (yyyy-MM-dd). */
export interface PeriodRequest extends KpiRequest {
  from: string;
  to: string;
}

export interface ProgramProgressRequest {
  id: string;
}
