import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { SnapshotSourceRepository } from './snapshot-source.repository';
import { SnapshotRepository } from './snapshot.repository';
import { SnapshotsService } from './snapshots.service';
import { MonthlySnapshotScheduler } from './monthly-snapshot.scheduler';
import { SnapshotsResolver } from './api/snapshots.resolver';
import { SnapshotPageController } from './api/snapshot-page.controller';
import { OpportunityRepository } from './opportunities/opportunity.repository';
import { OpportunitiesService } from './opportunities/opportunities.service';
import { OpportunitiesResolver } from './opportunities/api/opportunities.resolver';

/** From–to snapshots (live, team, saved monthly and on demand, compared, printable) and opportunities. */
@Module({
  imports: [EmployeesModule],
  providers: [
    SnapshotSourceRepository,
    SnapshotRepository,
    SnapshotsService,
    MonthlySnapshotScheduler,
    SnapshotsResolver,
    OpportunityRepository,
    OpportunitiesService,
    OpportunitiesResolver,
  ],
  controllers: [SnapshotPageController],
  exports: [SnapshotsService, MonthlySnapshotScheduler, OpportunitiesService],
})
export class SnapshotsModule {}
