export * from './entities/incentive-rule.entity';
export * from './lapse.scheduler';
export * from './entities/incentive-award.entity';
export * from './entities/recognition-event.entity';
export * from './entities/payroll-webhook.entity';
export * from './incentive.repository';
export * from './incentives.service';
export * from './incentive-rules.service';
export * from './incentive-commands';
export * from './incentive-events';
export * from './incentives.module';

import { IncentiveRule } from './entities/incentive-rule.entity';
import { IncentiveAward } from './entities/incentive-award.entity';
import { RecognitionEvent } from './entities/recognition-event.entity';
import { PayrollWebhook } from './entities/payroll-webhook.entity';

/** This lib's tables, for ALL_ENTITIES. */
export const INCENTIVE_ENTITIES = [IncentiveRule, IncentiveAward, RecognitionEvent, PayrollWebhook];
export * from './incentive-views.sql';
