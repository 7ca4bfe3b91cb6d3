import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, PageOf } from '@app/shared';
import { PathLevelName } from '@app/skill-paths';
import { PathLevelNameEnum } from '@app/skill-paths/graphql';
import { CertificationStatusEnum } from '@app/certifications/graphql';
import type { HorizonSource } from '../../domain/snapshot.model';
import type { SnapshotKind } from '../../entities/employee-snapshot.entity';

export enum HorizonSourceEnum { SIX_MONTHS = 'SIX_MONTHS', TARGET_DATE = 'TARGET_DATE' }
export enum SnapshotKindEnum { MONTHLY = 'MONTHLY', ON_DEMAND = 'ON_DEMAND' }
registerEnumType(HorizonSourceEnum, { name: 'SnapshotHorizonSource', description: 'SIX_MONTHS from today by default; TARGET_DATE when the assignment has one.' });
registerEnumType(SnapshotKindEnum, { name: 'SnapshotKind' });

@ObjectType('SnapshotBehaviour', { description: 'An observable activity of a level and the output expected from it.' })
export class SnapshotBehaviourType {
  @Field(() => ID) id: string;
  @Field(() => PathLevelNameEnum) level: PathLevelName;
  @Field(() => Int) position: number;
  @Field() activity: string;
  @Field() expectedOutput: string;
}

@ObjectType('SnapshotResource', { description: 'A learning resource tagged "start here" for the level the person is at.' })
export class SnapshotResourceType {
  @Field(() => ID) id: string;
  @Field(() => PathLevelNameEnum) level: PathLevelName;
  @Field() title: string;
  @Field() url: string;
  @Field() kind: string;
  @Field(() => Int, { nullable: true }) estimatedMinutes: number | null;
}

@ObjectType('SnapshotCertification', { description: 'A certification the next level needs, with the current record if held.' })
export class SnapshotCertificationType {
  @Field(() => ID) certificationId: string;
  @Field() name: string;
  @Field() issuer: string;
  @Field(() => PathLevelNameEnum) level: PathLevelName;
  @Field({ description: 'Required (compliance) or recommended.' }) required: boolean;
  @Field({ description: 'Held today (active, renewal due or in grace).' }) held: boolean;
  @Field(() => CertificationStatusEnum, { nullable: true, description: 'Status of the current record today; null if never earned.' }) status: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) earnedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) expiresOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the renewal window opens.' }) renewalOpensOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last valid day (extension or expiry).' }) effectiveDeadline: string | null;
  @Field(() => String, { nullable: true }) studyGuideUrl: string | null;
}

@ObjectType('SnapshotBudget', { description: 'An approved practice budget for a level of the path.' })
export class SnapshotBudgetType {
  @Field(() => ID) budgetId: string;
  @Field(() => PathLevelNameEnum, { nullable: true }) level: PathLevelName | null;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field(() => Float) approvedHours: number;
  @Field(() => Float, { description: 'Approved extension hours.' }) extraHours: number;
  @Field(() => Float) usedHours: number;
  @Field(() => Float) remainingHours: number;
}

@ObjectType('SnapshotPayoff', { description: 'An incentive rule paid off by reaching a level of the path or earning one of its certifications.' })
export class SnapshotPayoffType {
  @Field(() => ID) ruleId: string;
  @Field() name: string;
  @Field({ description: 'PAY_STEP, BONUS, RECOGNITION or ELIGIBILITY.' }) kind: string;
  @Field(() => Float, { nullable: true }) amount: number | null;
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => String, { nullable: true }) opportunity: string | null;
  @Field(() => PathLevelNameEnum, { nullable: true, description: 'Set for a level rule.' }) level: PathLevelName | null;
  @Field(() => String, { nullable: true, description: 'Set for a certification rule.' }) certificationName: string | null;
}

@ObjectType('SnapshotSection', { description: 'The from–to page of one path assignment.' })
export class SnapshotSectionType {
  @Field(() => ID) assignmentId: string;
  @Field(() => ID) pathId: string;
  @Field() pathName: string;
  @Field(() => PathLevelNameEnum, { nullable: true, description: 'Null = not yet baseline.' }) currentLevel: PathLevelName | null;
  @Field(() => String, { nullable: true }) currentLevelSummary: string | null;
  @Field(() => PathLevelNameEnum) targetLevel: PathLevelName;
  @Field(() => String, { nullable: true }) targetLevelSummary: string | null;
  @Field(() => PathLevelNameEnum, { nullable: true, description: 'The level above today\'s; null at ADVANCED.' }) nextLevel: PathLevelName | null;
  @Field(() => LocalDateScalar, { nullable: true }) targetDate: string | null;
  @Field(() => LocalDateScalar) horizonDate: string;
  @Field(() => HorizonSourceEnum) horizonSource: HorizonSource;
  @Field(() => [SnapshotBehaviourType], { description: "Today's level's behaviours." }) currentBehaviours: SnapshotBehaviourType[];
  @Field(() => [SnapshotBehaviourType], { description: "The target level's behaviours." }) targetBehaviours: SnapshotBehaviourType[];
  @Field(() => [SnapshotBehaviourType], { description: 'Tasks, decisions and problems handled differently by the horizon: behaviours above today\'s level up to the target, not already done today nor already observed.' })
  handledDifferently: SnapshotBehaviourType[];
  @Field(() => [SnapshotBehaviourType], { description: 'Behaviours above today\'s level up to the target already observed (counted), though the level is not reached yet.' })
  observedAhead?: SnapshotBehaviourType[];
  @Field(() => [SnapshotResourceType], { description: 'Resources tagged "start here" for today\'s level (baseline if none yet).' }) startHere: SnapshotResourceType[];
  @Field(() => [SnapshotCertificationType]) nextLevelCertifications: SnapshotCertificationType[];
  @Field(() => [SnapshotBudgetType], { description: 'Approved practice budgets for this path not yet ended.' }) practiceBudgets: SnapshotBudgetType[];
  @Field(() => [SnapshotPayoffType], { description: 'What reaching the next levels up to the target (and their certifications) pays off.' }) payoffs: SnapshotPayoffType[];
}

@ObjectType('EmployeeSnapshot', { description: "One employee's from–to snapshot on a day: one section per path assignment." })
export class EmployeeSnapshotType {
  @Field(() => ID) employeeId: string;
  @Field() employeeName: string;
  @Field(() => LocalDateScalar) takenOn: string;
  @Field(() => [SnapshotSectionType]) sections: SnapshotSectionType[];
}

export const EmployeeSnapshotPage = PageOf(EmployeeSnapshotType, 'EmployeeSnapshot');

@ObjectType('SavedSnapshot', { description: 'A snapshot of one assignment saved on a day (monthly or on demand).' })
export class SavedSnapshotType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) assignmentId: string;
  @Field(() => SnapshotKindEnum) kind: SnapshotKind;
  @Field(() => LocalDateScalar) takenOn: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the month, for MONTHLY snapshots.' }) periodMonth: string | null;
  @Field(() => SnapshotSectionType) section: SnapshotSectionType;
}

@ObjectType('SnapshotComparison', { description: 'What changed on one path assignment between two saved snapshots.' })
export class SnapshotComparisonType {
  @Field(() => ID) assignmentId: string;
  @Field() pathName: string;
  @Field(() => LocalDateScalar, { description: 'Day of the snapshot used for `from` (latest on or before it).' }) fromTakenOn: string;
  @Field(() => LocalDateScalar, { description: 'Day of the snapshot used for `to` (latest on or before it).' }) toTakenOn: string;
  @Field(() => PathLevelNameEnum, { nullable: true }) fromLevel: PathLevelName | null;
  @Field(() => PathLevelNameEnum, { nullable: true }) toLevel: PathLevelName | null;
  @Field(() => [PathLevelNameEnum]) levelsGained: PathLevelName[];
  @Field(() => [SnapshotBehaviourType], { description: 'The behaviours of the levels gained.' }) behavioursGained: SnapshotBehaviourType[];
}

@ObjectType('MonthlySnapshotRun')
export class MonthlySnapshotRunType {
  @Field() month: string;
  @Field(() => Int, { description: 'Snapshots newly saved (those already saved for the month are left alone).' }) saved: number;
}
