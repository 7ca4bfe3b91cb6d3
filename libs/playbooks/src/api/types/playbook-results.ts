import { Field, registerEnumType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, resultUnion } from '@app/shared';
import { PLAYBOOK_REFUSAL_CODES } from '../../domain/refusal';
import { PlaybookRunStepType, PlaybookRunType, PlaybookTemplateType } from './playbook.types';

/** The refusal codes under their former enum name (`PlaybookActionRefused.reason`, kept for existing clients). */
export enum PlaybookRefusalReason {
  UNKNOWN_PATH_LEVEL = 'UNKNOWN_PATH_LEVEL',
  PATH_LEVEL_NOT_ON_EMPLOYEE_PATH = 'PATH_LEVEL_NOT_ON_EMPLOYEE_PATH',
  UNKNOWN_CERTIFICATION = 'UNKNOWN_CERTIFICATION',
  BEFORE_TRAINING = 'BEFORE_TRAINING',
  RUN_NOT_OPEN = 'RUN_NOT_OPEN',
  PLAYBOOK_TEMPLATE_RETIRED = 'PLAYBOOK_TEMPLATE_RETIRED',
}
registerEnumType(PlaybookRefusalReason, { name: 'PlaybookRefusalReason' });

@BusinessErrorType('PlaybookActionRefused', PLAYBOOK_REFUSAL_CODES, { description: 'The run or step cannot take this action; `field` names the input at fault, when one is.' })
export class PlaybookActionRefused extends BusinessError {
  @Field(() => PlaybookRefusalReason, { deprecationReason: 'Use errorCode.' })
  get reason(): PlaybookRefusalReason {
    return PlaybookRefusalReason[this.errorCode as keyof typeof PlaybookRefusalReason];
  }
}

@BusinessErrorType('StepAlreadyCompletedError', [C.STEP_ALREADY_COMPLETED], { description: 'The step is already completed; a completion is not changed.' })
export class StepAlreadyCompletedError extends BusinessError {}

export const PlaybookRunResult = resultUnion('PlaybookRunResult', PlaybookRunType, PLAYBOOK_REFUSAL_CODES);
export const PlaybookRunStepResult = resultUnion('PlaybookRunStepResult', PlaybookRunStepType, [...PLAYBOOK_REFUSAL_CODES, C.STEP_ALREADY_COMPLETED, C.NOT_ON_PATH]);
export const PlaybookTemplateResult = resultUnion('PlaybookTemplateResult', PlaybookTemplateType, [C.DUPLICATE_NAME]);
