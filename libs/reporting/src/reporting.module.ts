import { Module } from '@nestjs/common';
import { ReportScope } from './scope/report-scope';
import { PerformanceMetricsModule } from '@app/performance-metrics';
import { ImpactRepository } from './impact/impact.repository';
import { ImpactService } from './impact/impact.service';
import { KpiService } from './kpi/kpi.service';
import { KpiRepository } from './kpi/kpi.repository';
import { SpendService } from './spend/spend.service';
import { SpendRepository } from './spend/spend.repository';
import { ReportsService } from './reports.service';
import { ReportingResolver } from './api/reporting.resolver';
import { ReportsController } from './api/reports.controller';
import { TeamOverviewService } from './team/team-overview.service';
import { TeamOverviewRepository } from './team/team-overview.repository';
import { TeamOverviewResolver } from './team/team-overview.resolver';
import { CharterRepository } from './charters/charter.repository';
import { CharterService } from './charters/charter.service';
import { CharterProgressService } from './charters/charter-progress.service';
import { CharterResolver } from './charters/api/charter.resolver';

@Module({
  imports: [PerformanceMetricsModule],
  providers: [ReportScope, ImpactRepository, ImpactService, KpiRepository, KpiService, SpendRepository, SpendService, ReportsService, ReportingResolver, TeamOverviewRepository, TeamOverviewService, TeamOverviewResolver, CharterRepository, CharterService, CharterProgressService, CharterResolver],
  controllers: [ReportsController],
  exports: [ImpactService, KpiService, SpendService, ReportsService],
})
export class ReportingModule {}
