import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, LocalDateScalar, resultUnion } from '@app/shared';
import { PathLevelNameEnum } from './enums';
import { SkillPathType } from './skill-path.types';
import { PathAssignmentType, PathObservationType } from './assignment.types';

@BusinessErrorType('PathAlreadyExistsError', [C.PATH_ALREADY_EXISTS], { description: 'The job role already has its skill path.' })
export class PathAlreadyExistsError extends BusinessError {
  @Field() declare field: string;
  @Field(() => ID) existingPathId: string;
}

@BusinessErrorType('BehaviourHasObservationsError', [C.BEHAVIOUR_HAS_OBSERVATIONS], { description: 'Observations were recorded against the behaviour; it cannot be removed.' })
export class BehaviourHasObservationsError extends BusinessError {
  @Field() observationCount: number;
}

@ObjectType('RemovedBehaviour')
export class RemovedBehaviour {
  @Field(() => ID) id: string;
}

@BusinessErrorType('TargetBelowCurrentError', [C.TARGET_BELOW_CURRENT], { description: 'The target level must be above the current level.' })
export class TargetBelowCurrentError extends BusinessError {
  @Field() declare field: string;
  @Field(() => PathLevelNameEnum, { nullable: true }) currentLevel: PathLevelNameEnum | null;
}

@BusinessErrorType('TargetDateInPastError', [C.TARGET_DATE_IN_PAST], { description: 'A target date is today or later.' })
export class TargetDateInPastError extends BusinessError {
  @Field({ description: 'The input field holding the date: targetDate.' }) declare field: string;
  @Field(() => LocalDateScalar, { description: 'The earliest target date accepted (today).' }) earliest: string;
}

@BusinessErrorType('AlreadyAssignedError', [C.ALREADY_ASSIGNED], { description: 'The employee is already on this path.' })
export class AlreadyAssignedError extends BusinessError {
  @Field(() => ID) assignmentId: string;
}

@BusinessErrorType('OwnEvidenceError', [C.OWN_EVIDENCE], { description: 'Self-evidence is confirmed by a manager in the employee\'s line, never by the employee.' })
export class OwnEvidenceError extends BusinessError {}

@BusinessErrorType('NotSelfEvidenceError', [C.NOT_SELF_EVIDENCE], { description: 'Only self-reported evidence awaiting confirmation can be confirmed.' })
export class NotSelfEvidenceError extends BusinessError {}

@BusinessErrorType('AssignmentEndedError', [C.ASSIGNMENT_ENDED], { description: 'The assignment has ended; it is kept as history and can no longer change.' })
export class AssignmentEndedError extends BusinessError {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Always set; nullable to match PathAssignment.endedOn in the same selection.' }) endedOn: string | null;
}

@BusinessErrorType('NotOnPathError', [C.NOT_ON_PATH], { description: 'The employee is not on the path of this behaviour (no active assignment).' })
export class NotOnPathError extends BusinessError {
  @Field() declare field: string;
}

export const CreateSkillPathResult = resultUnion('CreateSkillPathResult', SkillPathType, [C.PATH_ALREADY_EXISTS]);
export const RemoveBehaviourResult = resultUnion('RemoveBehaviourResult', RemovedBehaviour, [C.BEHAVIOUR_HAS_OBSERVATIONS]);
export const AssignPathResult = resultUnion('AssignPathResult', PathAssignmentType, [C.TARGET_BELOW_CURRENT, C.TARGET_DATE_IN_PAST, C.ALREADY_ASSIGNED]);
export const UpdatePathAssignmentResult = resultUnion('UpdatePathAssignmentResult', PathAssignmentType, [C.TARGET_BELOW_CURRENT, C.TARGET_DATE_IN_PAST, C.ASSIGNMENT_ENDED]);
export const EndPathAssignmentResult = resultUnion('EndPathAssignmentResult', PathAssignmentType, [C.ASSIGNMENT_ENDED]);
export const ConfirmObservationResult = resultUnion('ConfirmObservationResult', PathObservationType, [C.OWN_EVIDENCE, C.NOT_SELF_EVIDENCE]);
export const PathObservationResult = resultUnion('PathObservationResult', PathObservationType, [C.NOT_ON_PATH], 'An observation recorded, or why it cannot be.');
