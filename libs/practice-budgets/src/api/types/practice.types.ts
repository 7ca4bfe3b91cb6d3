import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/shared';
import { PracticeBudget } from '../../entities/practice-budget.entity';
import { PracticeBudgetDefault } from '../../entities/practice-budget-default.entity';
import { PracticeExtension } from '../../entities/practice-extension.entity';
import { PracticeSession } from '../../entities/practice-session.entity';
import { MetricAdjustment } from '../../entities/metric-adjustment.entity';

export enum ApprovalStatusEnum { PROPOSED = 'PROPOSED', APPROVED = 'APPROVED', REJECTED = 'REJECTED' }
registerEnumType(ApprovalStatusEnum, { name: 'PracticeApprovalStatus' });

@ObjectType('PracticeBudgetDefault')
export class PracticeBudgetDefaultType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) pathLevelId: string | null;
  @Field(() => String, { nullable: true }) program: string | null;
  @Field(() => Float) hours: number;

  static from(d: PracticeBudgetDefault): PracticeBudgetDefaultType {
    return Object.assign(new PracticeBudgetDefaultType(), { id: d.id, pathLevelId: d.pathLevelId, program: d.program, hours: d.hours });
  }
}

@ObjectType('PracticeBudget', { description: 'Protected practice hours agreed up front for one employee and one skill.' })
export class PracticeBudgetType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) proposedById: string;
  @Field(() => ID, { nullable: true }) pathLevelId: string | null;
  @Field(() => String, { nullable: true }) program: string | null;
  @Field(() => Float, { description: 'Hours agreed, without extensions.' }) hours: number;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field(() => ApprovalStatusEnum) status: ApprovalStatusEnum;
  @Field(() => ID, { nullable: true }) decidedById: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;

  static from(b: PracticeBudget): PracticeBudgetType {
    return Object.assign(new PracticeBudgetType(), {
      id: b.id,
      employeeId: b.employeeId,
      proposedById: b.proposedById,
      pathLevelId: b.pathLevelId,
      program: b.program,
      hours: b.hours,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      status: b.status as ApprovalStatusEnum,
      decidedById: b.decidedById,
      decidedAt: b.decidedAt,
      decisionNote: b.decisionNote,
    });
  }
}

@ObjectType('PracticeBudgetUsage')
export class PracticeBudgetUsageType {
  @Field(() => Float, { description: 'Agreed hours plus approved extensions.' }) totalHours: number;
  @Field(() => Float) extraHours: number;
  @Field(() => Float) usedHours: number;
  @Field(() => Float) remainingHours: number;
}

@ObjectType('PracticeSession')
export class PracticeSessionType {
  @Field(() => ID) id: string;
  @Field(() => ID) budgetId: string;
  @Field(() => ID) employeeId: string;
  @Field(() => LocalDateScalar) practicedOn: string;
  @Field(() => Int) minutes: number;
  @Field(() => String, { nullable: true }) note: string | null;

  static from(s: PracticeSession): PracticeSessionType {
    return Object.assign(new PracticeSessionType(), { id: s.id, budgetId: s.budgetId, employeeId: s.employeeId, practicedOn: s.practicedOn, minutes: s.minutes, note: s.note });
  }
}

@ObjectType('PracticeExtension')
export class PracticeExtensionType {
  @Field(() => ID) id: string;
  @Field(() => ID) budgetId: string;
  @Field(() => Float) extraHours: number;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ID) proposedById: string;
  @Field(() => ApprovalStatusEnum) status: ApprovalStatusEnum;
  @Field(() => ID, { nullable: true }) decidedById: string | null;

  static from(x: PracticeExtension): PracticeExtensionType {
    return Object.assign(new PracticeExtensionType(), {
      id: x.id,
      budgetId: x.budgetId,
      extraHours: x.extraHours,
      reason: x.reason,
      proposedById: x.proposedById,
      status: x.status as ApprovalStatusEnum,
      decidedById: x.decidedById,
    });
  }
}

@ObjectType('MetricAdjustment', { description: 'A target temporarily relaxed while practising; outcome reports exclude this period.' })
export class MetricAdjustmentType {
  @Field(() => ID) id: string;
  @Field(() => ID) budgetId: string;
  @Field(() => ID) employeeId: string;
  @Field() metricKey: string;
  @Field(() => Float) changePercent: number;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => LocalDateScalar) endsOn: string;

  static from(m: MetricAdjustment): MetricAdjustmentType {
    return Object.assign(new MetricAdjustmentType(), {
      id: m.id,
      budgetId: m.budgetId,
      employeeId: m.employeeId,
      metricKey: m.metricKey,
      changePercent: m.changePercent,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
    });
  }
}
