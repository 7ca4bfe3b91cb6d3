import { Injectable } from '@nestjs/common';
import { Viewer } from '@app/shared';
import { ReportTable, tableOf } from './csv/report-table';
import { ImpactService } from './impact/impact.service';
import { impactTable } from './impact/impact.table';
import { KpiMonthRow, KpiRow, KpiService } from './kpi/kpi.service';
import { SpendRow, SpendService } from './spend/spend.service';
import { CertificationImpactRequest, ImpactRankingRequest, KpiRequest, PeriodRequest, ProgramProgressRequest } from './report-requests';
import { CharterProgressService } from './charters/charter-progress.service';
import { ProgramGoalProgress } from './charters/program.model';

function columnsOf<T extends object>(keys: Array<keyof T & string>) {
  return keys.map((k) => [k, (row: T) => row[k] as never] as const);
}

const KPI_COLUMNS = columnsOf<KpiRow>([
  'groupId', 'groupName', 'headcount', 'assignments', 'completed', 'completionRate', 'timeToCompetencyMedianDays', 'timeToCompetencyP90Days',
  'renewalsDue', 'renewalsOnTime', 'renewalOnTimeRate', 'expiredCount', 'practiceBudgetHours', 'practiceHoursUsed', 'practiceBudgetUse',
  'playbookStepsDue', 'playbookStepsOnTime', 'playbookStepsOnTimeRate', 'dropOffLevel', 'dropOffCount', 'dropOffStep', 'dropOffStepKind', 'dropOffStepCount',
]);
const KPI_MONTH_COLUMNS = columnsOf<KpiMonthRow>([
  'month', 'groupId', 'groupName', 'levelsReached', 'timeToCompetencyMedianDays', 'renewalsDue', 'renewalsOnTime', 'renewalOnTimeRate',
  'expiredCount', 'practiceHours', 'playbookStepsDue', 'playbookStepsOnTime', 'playbookStepsOnTimeRate',
]);
const SPEND_COLUMNS = columnsOf<SpendRow>([
  'quarter', 'groupId', 'groupName', 'attempts', 'passed', 'passRate', 'certificationsEarned', 'certificationSpend', 'practiceHours', 'trainingSpend',
  'totalSpend', 'costPerCertification', 'earnedWithoutCost', 'attemptsWithoutCost',
]);

/** Every report by name, as the table CSV export writes (the same service calls GraphQL makes). */
@Injectable()
export class ReportsService {
  constructor(
    readonly impact: ImpactService,
    readonly kpis: KpiService,
    readonly spending: SpendService,
    readonly charters: CharterProgressService,
  ) {}

  async programProgressTable(viewer: Viewer, args: ProgramProgressRequest): Promise<ReportTable> {
    const progress = await this.charters.progress(viewer, args.id);
    return tableOf<ProgramGoalProgress>(progress.goals, [
      ['program', () => progress.program.name],
      ['cohortSize', () => progress.cohortSize],
      ['goal', (g) => g.goal.kind],
      ['target', (g) => g.target],
      ['actual', (g) => g.actual],
      ['met', (g) => g.met],
      ['sampleSize', (g) => g.sampleSize],
      ['windowEndsOn', (g) => g.windowEndsOn],
      ['passRateBasis', (g) => g.passRateBasis],
    ]);
  }

  async certificationImpactTable(viewer: Viewer, args: CertificationImpactRequest): Promise<ReportTable> {
    return impactTable([await this.impact.certificationImpact(viewer, args.certificationId, args)]);
  }

  async impactRankingTable(viewer: Viewer, args: ImpactRankingRequest): Promise<ReportTable> {
    return impactTable(await this.impact.ranking(viewer, args));
  }

  async kpiTable(viewer: Viewer, args: KpiRequest): Promise<ReportTable> {
    return tableOf(await this.kpis.snapshot(viewer, args.dimension, args), KPI_COLUMNS);
  }

  async kpiSeriesTable(viewer: Viewer, args: PeriodRequest): Promise<ReportTable> {
    return tableOf(await this.kpis.series(viewer, args.dimension, args.from, args.to, args), KPI_MONTH_COLUMNS);
  }

  async spendTable(viewer: Viewer, args: PeriodRequest): Promise<ReportTable> {
    return tableOf(await this.spending.spend(viewer, args.dimension, args.from, args.to, args), SPEND_COLUMNS);
  }
}
