import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum KpiDimensionEnum {
  DEPARTMENT = 'DEPARTMENT',
  JOB_ROLE = 'JOB_ROLE',
  LOCATION = 'LOCATION',
  MANAGER = 'MANAGER',
  NONE = 'NONE',
}
registerEnumType(KpiDimensionEnum, { name: 'KpiDimension', description: 'Grouping of a report; MANAGER groups by direct manager, NONE is one group.' });

@ObjectType('KpiRow', { description: 'Outcome KPIs of one group as of today. Rates are 0..1, null without a denominator.' })
export class KpiRowType {
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field() groupName: string;
  @Field(() => Int) headcount: number;
  @Field(() => Int, { description: 'Path assignments.' }) assignments: number;
  @Field(() => Int, { description: 'Assignments whose target level was reached.' }) completed: number;
  @Field(() => Float, { nullable: true }) completionRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from assignment to reaching the target level.' }) timeToCompetencyMedianDays: number | null;
  @Field(() => Float, { nullable: true }) timeToCompetencyP90Days: number | null;
  @Field(() => Int, { description: 'Records whose deadline passed or that were renewed.' }) renewalsDue: number;
  @Field(() => Int, { description: 'Renewed on or before the deadline.' }) renewalsOnTime: number;
  @Field(() => Float, { nullable: true }) renewalOnTimeRate: number | null;
  @Field(() => Int, { description: 'Records expired today.' }) expiredCount: number;
  @Field(() => Float, { description: 'Approved practice hours (with approved extensions).' }) practiceBudgetHours: number;
  @Field(() => Float) practiceHoursUsed: number;
  @Field(() => Float, { nullable: true }) practiceBudgetUse: number | null;
  @Field(() => Int, { description: 'Playbook steps due by today.' }) playbookStepsDue: number;
  @Field(() => Int) playbookStepsOnTime: number;
  @Field(() => Float, { nullable: true }) playbookStepsOnTimeRate: number | null;
  @Field(() => String, { nullable: true, description: 'The level most people not yet at target are stuck before.' }) dropOffLevel: string | null;
  @Field(() => Int) dropOffCount: number;
  @Field(() => String, { nullable: true, description: 'The playbook step (title) open runs most often stall at: their first step past due and not done.' }) dropOffStep: string | null;
  @Field(() => String, { nullable: true, description: 'BEFORE, AFTER or CUSTOM.' }) dropOffStepKind: string | null;
  @Field(() => Int, { description: 'Open runs stalled at dropOffStep.' }) dropOffStepCount: number;
}

@ObjectType('KpiMonth', { description: 'Outcome KPIs of one group in one month (events dated in that month).' })
export class KpiMonthType {
  @Field({ description: 'First day of the month, yyyy-MM-dd.' }) month: string;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field() groupName: string;
  @Field(() => Int, { description: 'Assignments whose target level was reached this month.' }) levelsReached: number;
  @Field(() => Float, { nullable: true }) timeToCompetencyMedianDays: number | null;
  @Field(() => Int, { description: 'Records whose deadline fell this month.' }) renewalsDue: number;
  @Field(() => Int) renewalsOnTime: number;
  @Field(() => Float, { nullable: true }) renewalOnTimeRate: number | null;
  @Field(() => Int, { description: 'Records that lapsed (past grace, not renewed) this month.' }) expiredCount: number;
  @Field(() => Float) practiceHours: number;
  @Field(() => Int) playbookStepsDue: number;
  @Field(() => Int) playbookStepsOnTime: number;
  @Field(() => Float, { nullable: true }) playbookStepsOnTimeRate: number | null;
}

@ObjectType('SpendRow', { description: 'Training and certification spend vs certifications earned and pass rate in one quarter and group.' })
export class SpendRowType {
  @Field({ description: 'First day of the quarter.' }) quarter: string;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field() groupName: string;
  @Field(() => Int, { description: 'Exam attempts dated in the quarter.' }) attempts: number;
  @Field(() => Int, { description: 'Attempts that passed.' }) passed: number;
  @Field(() => Float, { nullable: true, description: 'passed / attempts (0..1); null when no attempt is recorded.' }) passRate: number | null;
  @Field(() => Int, { description: 'Awards earned in the quarter (renewals included, revoked ones not).' }) certificationsEarned: number;
  @Field(() => Float, { description: "Attempt costs (the attempt's own, else the catalog cost) plus the catalog cost of awards without a linked attempt." })
  certificationSpend: number;
  @Field(() => Float, { description: 'Practice hours logged in the quarter.' }) practiceHours: number;
  @Field(() => Float, { description: 'practiceHours × PRACTICE_HOUR_COST.' }) trainingSpend: number;
  @Field(() => Float, { description: 'certificationSpend + trainingSpend.' }) totalSpend: number;
  @Field(() => Float, { nullable: true, description: 'totalSpend per certification earned; null when none was earned.' }) costPerCertification: number | null;
  @Field(() => Int, { description: 'Awards earned with no known cost (neither their attempt nor the catalog entry has one).' }) earnedWithoutCost: number;
  @Field(() => Int, { description: 'Attempts with no known cost (neither their own nor the catalog entry).' }) attemptsWithoutCost: number;
}
