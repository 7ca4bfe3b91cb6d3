import { AwardTriggers } from './award-triggers';
import { LapseScheduler } from './lapse.scheduler';
import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { IncentiveRepository } from './incentive.repository';
import { PayrollWebhookRepository } from './payroll-webhook.repository';
import { IncentivesService } from './incentives.service';
import { IncentivesResolver } from './api/incentives.resolver';
import { PayrollController } from './api/payroll.controller';
import { IncentiveRulesService } from './incentive-rules.service';
import { IncentiveRulesResolver } from './api/incentive-rules.resolver';
import { IncentiveAwardsResolver } from './api/incentive-awards.resolver';

@Module({
  imports: [EmployeesModule],
  providers: [IncentiveRepository, PayrollWebhookRepository, IncentivesService, IncentiveRulesService, IncentivesResolver, IncentiveRulesResolver, IncentiveAwardsResolver, AwardTriggers, LapseScheduler],
  controllers: [PayrollController],
  exports: [IncentivesService, IncentiveRulesService, IncentiveRepository],
})
export class IncentivesModule {}
