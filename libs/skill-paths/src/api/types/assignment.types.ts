import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar, PageOf } from '@app/shared';
import { PathAssignment } from '../../entities/path-assignment.entity';
import { PathObservation } from '../../entities/path-observation.entity';
import { PathLevelNameEnum } from './enums';
import { PathBehaviourType } from './skill-path.types';

@ObjectType('PathAssignment', { description: 'An employee on a skill path.' })
export class PathAssignmentType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) pathId: string;
  @Field(() => PathLevelNameEnum, { nullable: true, description: 'Null = not yet baseline.' }) currentLevel: PathLevelNameEnum | null;
  @Field(() => PathLevelNameEnum) targetLevel: PathLevelNameEnum;
  @Field(() => LocalDateScalar, { nullable: true }) targetDate: string | null;
  @Field(() => ID, { nullable: true }) assignedById: string | null;
  @Field(() => DateTimeScalar, { description: 'When the employee was put on the path.' }) assignedAt: Date;
  @Field({ description: 'False once ended.' }) active: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day on the path; null while active.' }) endedOn: string | null;
  @Field(() => String, { nullable: true }) endReason: string | null;
  @Field(() => ID, { nullable: true }) endedById: string | null;

  static from(a: PathAssignment): PathAssignmentType {
    return Object.assign(new PathAssignmentType(), {
      id: a.id,
      employeeId: a.employeeId,
      pathId: a.pathId,
      currentLevel: a.currentLevel as PathLevelNameEnum | null,
      targetLevel: a.targetLevel as PathLevelNameEnum,
      targetDate: a.targetDate,
      assignedById: a.assignedById,
      assignedAt: a.createdAt,
      active: a.endedOn === null,
      endedOn: a.endedOn,
      endReason: a.endReason,
      endedById: a.endedById,
    });
  }
}

export const PathAssignmentPage = PageOf(PathAssignmentType, 'PathAssignment');

@ObjectType('PathObservation', { description: 'A behaviour observed for an employee, or self-evidence awaiting confirmation.' })
export class PathObservationType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) behaviourId: string;
  @Field(() => LocalDateScalar) observedOn: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl: string | null;
  @Field() selfReported: boolean;
  @Field(() => ID) recordedById: string;
  @Field(() => ID, { nullable: true }) confirmedById: string | null;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field({ description: 'Counts towards the level: recorded by a manager or HR, or confirmed self-evidence.' }) counted: boolean;

  static from(o: PathObservation): PathObservationType {
    return Object.assign(new PathObservationType(), {
      id: o.id,
      employeeId: o.employeeId,
      behaviourId: o.behaviourId,
      observedOn: o.observedOn,
      note: o.note,
      evidenceUrl: o.evidenceUrl,
      selfReported: o.selfReported,
      recordedById: o.recordedById,
      confirmedById: o.confirmedById,
      confirmedAt: o.confirmedAt,
      counted: !o.selfReported || o.confirmedAt !== null,
    });
  }
}

@ObjectType('BehaviourProgress')
export class BehaviourProgressType {
  @Field(() => PathBehaviourType) behaviour: PathBehaviourType;
  @Field(() => Int) countedObservations: number;
  @Field() met: boolean;
  @Field(() => [PathObservationType], { description: 'All observations, counted or awaiting confirmation, newest first.' }) observations: PathObservationType[];
}

@ObjectType('LevelProgress')
export class LevelProgressType {
  @Field(() => PathLevelNameEnum) level: PathLevelNameEnum;
  @Field(() => Int) rank: number;
  @Field(() => Int) minObservationsPerBehaviour: number;
  @Field(() => [BehaviourProgressType]) behaviours: BehaviourProgressType[];
  @Field(() => [String], { description: 'Required certifications not held today.' }) missingCertifications: string[];
  @Field({ description: 'Every behaviour met and no certification missing.' }) complete: boolean;
  @Field(() => LocalDateScalar, { nullable: true }) reachedOn: string | null;
}

@ObjectType('PathProgress')
export class PathProgressType {
  @Field(() => ID) assignmentId: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) pathId: string;
  @Field(() => PathLevelNameEnum, { nullable: true }) currentLevel: PathLevelNameEnum | null;
  @Field(() => PathLevelNameEnum) targetLevel: PathLevelNameEnum;
  @Field(() => [LevelProgressType]) levels: LevelProgressType[];
}
