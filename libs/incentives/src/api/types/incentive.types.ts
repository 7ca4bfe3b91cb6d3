import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, DateTimeScalar, LocalDateScalar, resultUnion } from '@app/shared';
import { IncentiveRule } from '../../entities/incentive-rule.entity';
import { IncentiveAward } from '../../entities/incentive-award.entity';
import { RecognitionEvent } from '../../entities/recognition-event.entity';
import type { PayrollWebhookDelivery } from '../../incentives.service';

export enum IncentiveKindEnum { PAY_STEP = 'PAY_STEP', BONUS = 'BONUS', RECOGNITION = 'RECOGNITION', ELIGIBILITY = 'ELIGIBILITY' }
export enum LapsePolicyEnum { KEEP = 'KEEP', SUSPEND = 'SUSPEND' }
export enum AwardStatusEnum { PENDING = 'PENDING', APPROVED = 'APPROVED', REJECTED = 'REJECTED', SUSPENDED = 'SUSPENDED' }
export enum RecognitionKindEnum { SHOUT_OUT = 'SHOUT_OUT', PROMOTION = 'PROMOTION', BONUS = 'BONUS' }
export enum AmountRecurrenceEnum { ONE_OFF = 'ONE_OFF', RECURRING = 'RECURRING' }
registerEnumType(AmountRecurrenceEnum, { name: 'AmountRecurrence', description: 'ONE_OFF: paid once; RECURRING: paid every pay period from then on.' })
registerEnumType(IncentiveKindEnum, { name: 'IncentiveKind' });
registerEnumType(LapsePolicyEnum, { name: 'LapsePolicy' });
registerEnumType(AwardStatusEnum, { name: 'IncentiveAwardStatus' });
registerEnumType(RecognitionKindEnum, { name: 'RecognitionKind' });

@ObjectType('IncentiveRule')
export class IncentiveRuleType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => IncentiveKindEnum) kind: IncentiveKindEnum;
  @Field(() => ID, { nullable: true }) certificationId: string | null;
  @Field(() => ID, { nullable: true }) pathLevelId: string | null;
  @Field(() => Float, { nullable: true }) baseAmount: number | null;
  @Field(() => Float) valueWeight: number;
  @Field(() => Float) demandWeight: number;
  @Field(() => Float, { nullable: true, description: 'base × value weight × demand weight' }) amount: number | null;
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => AmountRecurrenceEnum, { nullable: true, description: 'PAY_STEP and BONUS: paid once or every pay period; null for kinds without money.' }) amountRecurrence: AmountRecurrenceEnum | null;
  @Field(() => String, { nullable: true }) opportunity: string | null;
  @Field(() => LapsePolicyEnum) onLapse: LapsePolicyEnum;
  @Field() active: boolean;

  static from(r: IncentiveRule): IncentiveRuleType {
    return Object.assign(new IncentiveRuleType(), {
      id: r.id, name: r.name, kind: r.kind as IncentiveKindEnum, certificationId: r.certificationId, pathLevelId: r.pathLevelId,
      baseAmount: r.baseAmount, valueWeight: r.valueWeight, demandWeight: r.demandWeight, amount: r.amount, currency: r.currency,
      amountRecurrence: r.amountRecurrence as AmountRecurrenceEnum | null, opportunity: r.opportunity, onLapse: r.onLapse as LapsePolicyEnum, active: r.active,
    });
  }
}

@ObjectType('IncentiveAward')
export class IncentiveAwardType {
  @Field(() => ID) id: string;
  @Field(() => ID) ruleId: string;
  @Field(() => ID) employeeId: string;
  @Field(() => IncentiveKindEnum) kind: IncentiveKindEnum;
  @Field(() => Float, { nullable: true }) amount: number | null;
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => LocalDateScalar) metOn: string;
  @Field() sourceKind: string;
  @Field(() => ID) sourceId: string;
  @Field(() => AwardStatusEnum) status: AwardStatusEnum;
  @Field(() => DateTimeScalar, { description: 'When the condition was found met and the award created.' }) createdAt: Date;

  static from(a: IncentiveAward): IncentiveAwardType {
    return Object.assign(new IncentiveAwardType(), {
      id: a.id, ruleId: a.ruleId, employeeId: a.employeeId, kind: a.kind as IncentiveKindEnum, amount: a.amount, currency: a.currency,
      metOn: a.metOn, sourceKind: a.sourceKind, sourceId: a.sourceId, status: a.status as AwardStatusEnum, createdAt: a.createdAt,
    });
  }
}

@ObjectType('IncentiveEvaluation', { description: 'What one evaluation run changed (running it again changes nothing).' })
export class IncentiveEvaluationType {
  @Field(() => Int) created: number;
  @Field(() => Int) suspended: number;
  @Field(() => Int) reinstated: number;
}

@ObjectType('PayrollWebhookDelivery')
export class PayrollWebhookDeliveryType implements PayrollWebhookDelivery {
  @Field(() => Int) statusCode: number;
  @Field() delivered: boolean;
  @Field(() => Int) awardCount: number;
  @Field({ description: 'sha256=<hex HMAC-SHA256 of the body with the webhook secret>, as sent in X-Skillpath-Signature.' }) signature: string;

  static from(d: PayrollWebhookDelivery): PayrollWebhookDeliveryType {
    return Object.assign(new PayrollWebhookDeliveryType(), d);
  }
}

@ObjectType('RecognitionEvent')
export class RecognitionEventType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => RecognitionKindEnum) kind: RecognitionKindEnum;
  @Field(() => LocalDateScalar) occurredOn: string;
  @Field() note: string;
  @Field(() => ID, { nullable: true }) pathLevelId: string | null;
  @Field(() => ID, { nullable: true }) certificationId: string | null;

  static from(e: RecognitionEvent): RecognitionEventType {
    return Object.assign(new RecognitionEventType(), {
      id: e.id, employeeId: e.employeeId, kind: e.kind as RecognitionKindEnum, occurredOn: e.occurredOn, note: e.note, pathLevelId: e.pathLevelId, certificationId: e.certificationId,
    });
  }
}

@ObjectType('RecognitionAuditRow', { description: 'Recognition in the last six months for one department; referencing a path level or certification counts as applying a new skill.' })
export class RecognitionAuditRowType {
  @Field(() => ID, { nullable: true }) departmentId: string | null;
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => Int) total: number;
  @Field(() => Int) referencingNewSkill: number;
  @Field(() => Float) share: number;
}

@BusinessErrorType('AwardAlreadyDecidedError', [C.AWARD_ALREADY_DECIDED], { description: 'The award was already approved, rejected or suspended; its decision stays.' })
export class AwardAlreadyDecidedError extends BusinessError {
  @Field(() => AwardStatusEnum, { description: 'Where the award stands.' }) status: AwardStatusEnum;
}

@BusinessErrorType('PayrollWebhookNotConfiguredError', [C.PAYROLL_WEBHOOK_NOT_CONFIGURED], { description: 'No payroll webhook is configured: configurePayrollWebhook first.' })
export class PayrollWebhookNotConfiguredError extends BusinessError {}

export const IncentiveRuleResult = resultUnion('IncentiveRuleResult', IncentiveRuleType, [C.DUPLICATE_NAME]);
export const DecideIncentiveAwardResult = resultUnion('DecideIncentiveAwardResult', IncentiveAwardType, [C.AWARD_ALREADY_DECIDED]);
export const SendPayrollWebhookResult = resultUnion('SendPayrollWebhookResult', PayrollWebhookDeliveryType, [C.PAYROLL_WEBHOOK_NOT_CONFIGURED]);
