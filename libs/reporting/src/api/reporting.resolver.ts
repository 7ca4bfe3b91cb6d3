import { Args, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { ImpactService } from '../impact/impact.service';
import { KpiService } from '../kpi/kpi.service';
import { SpendService } from '../spend/spend.service';
import { CertificationImpactArgs, ImpactRankingArgs, KpiArgs, PeriodArgs } from './inputs/report.args';
import { CertificationImpactType } from './types/impact.types';
import { KpiMonthType, KpiRowType, SpendRowType } from './types/kpi.types';

/** Outcome reports: HR over everyone, a manager over their reporting line. Employees are refused. */
@Resolver()
export class ReportingResolver {
  constructor(
    private readonly impact: ImpactService,
    private readonly kpiService: KpiService,
    private readonly spending: SpendService,
  ) {}

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => CertificationImpactType, { description: 'Effect of earning a certification on a performance metric (paired and against peers), with 95% intervals.' })
  async certificationImpact(@CurrentViewer() viewer: Viewer, @Args() args: CertificationImpactArgs): Promise<CertificationImpactType> {
    return CertificationImpactType.from(await this.impact.certificationImpact(viewer, args.certificationId, args));
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => [CertificationImpactType], { description: 'Certifications earned in the population ranked by the conservative end of their improvement interval.' })
  async certificationImpactRanking(@CurrentViewer() viewer: Viewer, @Args() args: ImpactRankingArgs): Promise<CertificationImpactType[]> {
    return (await this.impact.ranking(viewer, args)).map(CertificationImpactType.from);
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => [KpiRowType], { description: 'Outcome KPIs per group as of today.' })
  kpis(@CurrentViewer() viewer: Viewer, @Args() args: KpiArgs): Promise<KpiRowType[]> {
    return this.kpiService.snapshot(viewer, args.dimension, args);
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => [KpiMonthType], { description: 'Outcome KPIs per month and group.' })
  kpiSeries(@CurrentViewer() viewer: Viewer, @Args() args: PeriodArgs): Promise<KpiMonthType[]> {
    return this.kpiService.series(viewer, args.dimension, args.from, args.to, args);
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => [SpendRowType], { description: 'Training and certification spend vs certifications earned and exam pass rate, per quarter and group.' })
  certificationSpend(@CurrentViewer() viewer: Viewer, @Args() args: PeriodArgs): Promise<SpendRowType[]> {
    return this.spending.spend(viewer, args.dimension, args.from, args.to, args);
  }
}
