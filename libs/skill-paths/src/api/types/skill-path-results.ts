import { createUnionType, Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/shared';
import { PathLevelNameEnum } from './enums';
import { SkillPathType } from './skill-path.types';
import { PathAssignmentType, PathObservationType } from './assignment.types';

@ObjectType('PathAlreadyExistsError', { description: 'The job role already has its skill path.' })
export class PathAlreadyExistsError {
  @Field() message: string;
  @Field() field: string;
  @Field(() => ID) existingPathId: string;
}

@ObjectType('BehaviourHasObservationsError', { description: 'Observations were recorded against the behaviour; it cannot be removed.' })
export class BehaviourHasObservationsError {
  @Field() message: string;
  @Field() observationCount: number;
}

@ObjectType('RemovedBehaviour')
export class RemovedBehaviour {
  @Field(() => ID) id: string;
}

@ObjectType('TargetBelowCurrentError', { description: 'The target level must be above the current level.' })
export class TargetBelowCurrentError {
  @Field() message: string;
  @Field() field: string;
  @Field(() => PathLevelNameEnum, { nullable: true }) currentLevel: PathLevelNameEnum | null;
}

@ObjectType('TargetDateInPastError', { description: 'A target date is today or later.' })
export class TargetDateInPastError {
  @Field({ description: 'A sentence for the person who picked the date.' }) message: string;
  @Field({ description: 'The input field holding the date: targetDate.' }) field: string;
  @Field(() => LocalDateScalar, { description: 'The earliest target date accepted (today).' }) earliest: string;
}

@ObjectType('AlreadyAssignedError', { description: 'The employee is already on this path.' })
export class AlreadyAssignedError {
  @Field() message: string;
  @Field(() => ID) assignmentId: string;
}

@ObjectType('OwnEvidenceError', { description: 'Self-evidence is confirmed by a manager in the employee\'s line, never by the employee.' })
export class OwnEvidenceError {
  @Field() message: string;
}

@ObjectType('NotSelfEvidenceError', { description: 'Only self-reported evidence awaiting confirmation can be confirmed.' })
export class NotSelfEvidenceError {
  @Field() message: string;
}

@ObjectType('AssignmentEndedError', { description: 'The assignment has ended; it is kept as history and can no longer change.' })
export class AssignmentEndedError {
  @Field() message: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Always set; nullable to match PathAssignment.endedOn in the same selection.' }) endedOn: string | null;
}

const pick = <T extends object>(value: object, errors: Array<new () => object>, ok: T) => errors.find((e) => value instanceof e) ?? ok;

export const CreateSkillPathResult = createUnionType({
  name: 'CreateSkillPathResult',
  types: () => [SkillPathType, PathAlreadyExistsError] as const,
  resolveType: (v: object) => pick(v, [PathAlreadyExistsError], SkillPathType),
});

export const RemoveBehaviourResult = createUnionType({
  name: 'RemoveBehaviourResult',
  types: () => [RemovedBehaviour, BehaviourHasObservationsError] as const,
  resolveType: (v: object) => pick(v, [BehaviourHasObservationsError], RemovedBehaviour),
});

export const AssignPathResult = createUnionType({
  name: 'AssignPathResult',
  types: () => [PathAssignmentType, TargetBelowCurrentError, TargetDateInPastError, AlreadyAssignedError] as const,
  resolveType: (v: object) => pick(v, [TargetBelowCurrentError, TargetDateInPastError, AlreadyAssignedError], PathAssignmentType),
});

export const UpdatePathAssignmentResult = createUnionType({
  name: 'UpdatePathAssignmentResult',
  types: () => [PathAssignmentType, TargetBelowCurrentError, TargetDateInPastError, AssignmentEndedError] as const,
  resolveType: (v: object) => pick(v, [TargetBelowCurrentError, TargetDateInPastError, AssignmentEndedError], PathAssignmentType),
});

export const EndPathAssignmentResult = createUnionType({
  name: 'EndPathAssignmentResult',
  types: () => [PathAssignmentType, AssignmentEndedError] as const,
  resolveType: (v: object) => pick(v, [AssignmentEndedError], PathAssignmentType),
});

export const ConfirmObservationResult = createUnionType({
  name: 'ConfirmObservationResult',
  types: () => [PathObservationType, OwnEvidenceError, NotSelfEvidenceError] as const,
  resolveType: (v: object) => pick(v, [OwnEvidenceError, NotSelfEvidenceError], PathObservationType),
});
