import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, DateTimeScalar, LocalDateScalar, resultUnion } from '@app/shared';
import { PROGRAM_SUBJECT_KINDS, ProgramSubjectKind } from '../entities/program-charter.entity';
import { ProgramGoalKind } from '../entities/program-goal.entity';
import { ProgramGoalProgress, ProgramGoalView, ProgramProgress, ProgramView } from '../program.model';
import { ProgramGoalKindEnum } from './charter.inputs';
import type { PassRateBasis } from '../charter-progress.sql';

export const PassRateBasisEnum = { EXAM_ATTEMPTS: 'EXAM_ATTEMPTS', ENGAGEMENT: 'ENGAGEMENT' } as const;
registerEnumType(PassRateBasisEnum, {
  name: 'PassRateBasis',
  description: 'EXAM_ATTEMPTS: passed / recorded exam attempts of the certification in the window. ENGAGEMENT (no attempts recorded): members who achieved the subject / members who engaged with it (practice budget, playbook run, or achieved).',
});

export const ProgramSubjectKindEnum = Object.fromEntries(PROGRAM_SUBJECT_KINDS.map((k) => [k, k])) as { [K in ProgramSubjectKind]: K };
registerEnumType(ProgramSubjectKindEnum, { name: 'ProgramSubjectKind' });

@ObjectType('ProgramGoal')
export class ProgramGoalType implements ProgramGoalView {
  @Field(() => ID) id: string;
  @Field(() => ProgramGoalKindEnum) kind: ProgramGoalKind;
  @Field(() => Float, { description: 'Percent of the cohort (or of attempts), or the metric change in percent for BUSINESS_METRIC.' }) targetPercent: number;
  @Field(() => Int, { nullable: true }) withinDays: number | null;
  @Field(() => String, { nullable: true }) metricKey: string | null;
  @Field(() => Int, { nullable: true }) windowMonths: number | null;

  static from(g: ProgramGoalView): ProgramGoalType {
    return Object.assign(new ProgramGoalType(), g);
  }
}

@ObjectType('Program')
export class ProgramType implements ProgramView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ProgramSubjectKindEnum) subjectKind: ProgramSubjectKind;
  @Field(() => ID, { nullable: true }) pathLevelId: string | null;
  @Field(() => ID, { nullable: true }) certificationId: string | null;
  @Field(() => String, { nullable: true }) trainingName: string | null;
  @Field(() => ID, { nullable: true }) playbookTemplateId: string | null;
  @Field(() => LocalDateScalar) startsOn: string;
  @Field(() => [ID], { nullable: true }) cohortEmployeeIds: string[] | null;
  @Field(() => ID, { nullable: true }) cohortDepartmentId: string | null;
  @Field(() => ID, { nullable: true }) cohortJobRoleId: string | null;
  @Field(() => [ProgramGoalType]) goals: ProgramGoalType[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'When HR archived the program; archived programs are left out of `programs` unless includeArchived.' })
  archivedAt: Date | null;

  static from(p: ProgramView): ProgramType {
    return Object.assign(new ProgramType(), { ...p, goals: p.goals.map(ProgramGoalType.from) });
  }

}

@ObjectType('ProgramGoalProgress')
export class ProgramGoalProgressType implements ProgramGoalProgress {
  @Field(() => ProgramGoalType) goal: ProgramGoalType;
  @Field(() => Float) target: number;
  @Field(() => Float, { nullable: true, description: 'Percent (or percent change for BUSINESS_METRIC); null without a sample.' }) actual: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Null while the goal is not measurable yet (window open and target not reached, or no sample).' }) met: boolean | null;
  @Field(() => Int, { description: 'Cohort members (for PASS_RATE: exam attempts, or members who engaged; members with metric data on both sides for BUSINESS_METRIC).' }) sampleSize: number;
  @Field(() => LocalDateScalar, { nullable: true }) windowEndsOn: string | null;
  @Field(() => PassRateBasisEnum, { nullable: true, description: 'PASS_RATE goals: what the rate is computed over.' }) passRateBasis: PassRateBasis | null;

  static from(g: ProgramGoalProgress): ProgramGoalProgressType {
    return Object.assign(new ProgramGoalProgressType(), { ...g, goal: ProgramGoalType.from(g.goal) });
  }
}

@ObjectType('ProgramProgress')
export class ProgramProgressType implements ProgramProgress {
  @Field(() => ProgramType) program: ProgramType;
  @Field(() => Int, { description: 'Cohort members visible to the viewer (a manager: their line only).' }) cohortSize: number;
  @Field(() => [ProgramGoalProgressType]) goals: ProgramGoalProgressType[];

  static from(p: ProgramProgress): ProgramProgressType {
    return Object.assign(new ProgramProgressType(), { cohortSize: p.cohortSize, program: ProgramType.from(p.program), goals: p.goals.map(ProgramGoalProgressType.from) });
  }
}

@BusinessErrorType('ProgramArchivedError', [C.PROGRAM_ARCHIVED], { description: 'The program is archived: it is kept as it was and cannot change.' })
export class ProgramArchivedError extends BusinessError {}

export const UpdateProgramResult = resultUnion('UpdateProgramResult', ProgramType, [C.PROGRAM_ARCHIVED]);
