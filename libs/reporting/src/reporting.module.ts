import { Module } from '@nestjs/common';
import { ReportScope } from './scope/report-scope';
import { PerformanceMetricsModule } from '@app/performance-metrics';
import { ImpactRepository } from './impact/impact.repository';
import { ImpactService } from './impact/impact.service';
import { KpiService } from './kpi/kpi.service';
import { SpendService } from './spend/spend.service';
import { ReportsService } from './reports.service';
import { ReportingResolver } from './api/reporting.resolver';
import { ReportsController } from './api/reports.controller';
import { TeamOverviewService } from './team/team-overview.service';
import { TeamOverviewResolver } from './team/team-overview.resolver';
import { CharterRepository } from './charters/charter.repository';
import { CharterService } from './charters/charter.service';
import { CharterProgressService } from './charters/charter-progress.service';
import { CharterResolver } from './charters/api/charter.resolver';

@Module({
  imports: [PerformanceMetricsModule],
  providers: [ReportScope, ImpactRepository, ImpactService, KpiService, SpendService, ReportsService, ReportingResolver, TeamOverviewService, TeamOverviewResolver, CharterRepository, CharterService, CharterProgressService, CharterResolver],
  controllers: [ReportsController],
  exports: [ImpactService, KpiService, SpendService, ReportsService],
})
export class ReportingModule {}
