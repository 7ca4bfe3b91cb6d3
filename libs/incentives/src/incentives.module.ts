import { AwardTriggers } from './award-triggers';
import { LapseScheduler } from './lapse.scheduler';
import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { IncentiveRepository } from './incentive.repository';
import { IncentivesService } from './incentives.service';
import { IncentivesResolver } from './api/incentives.resolver';
import { PayrollController } from './api/payroll.controller';

@Module({
  imports: [EmployeesModule],
  providers: [IncentiveRepository, IncentivesService, IncentivesResolver, AwardTriggers, LapseScheduler],
  controllers: [PayrollController],
  exports: [IncentivesService, IncentiveRepository],
})
export class IncentivesModule {}
