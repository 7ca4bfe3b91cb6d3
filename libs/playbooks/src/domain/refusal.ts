import { BusinessErrorCode as C, DomainFailure, fail } from '@app/shared';

/** Why a playbook action was refused on something the viewer may see (expected outcomes, not errors). */
export const PLAYBOOK_REFUSAL_CODES = [C.UNKNOWN_PATH_LEVEL, C.PATH_LEVEL_NOT_ON_EMPLOYEE_PATH, C.UNKNOWN_CERTIFICATION, C.BEFORE_TRAINING, C.RUN_NOT_OPEN, C.PLAYBOOK_TEMPLATE_RETIRED] as const;
export type PlaybookRefusalCode = (typeof PLAYBOOK_REFUSAL_CODES)[number];
export type PlaybookRefusal = DomainFailure<PlaybookRefusalCode>;

export const refuse = (code: PlaybookRefusalCode, message: string, field?: string): PlaybookRefusal => fail(code, message, { field });
