/** Why a playbook action was refused on something the viewer may see (expected outcomes, not errors). */
export enum PlaybookRefusalReason {
  UNKNOWN_PATH_LEVEL = 'UNKNOWN_PATH_LEVEL',
  PATH_LEVEL_NOT_ON_EMPLOYEE_PATH = 'PATH_LEVEL_NOT_ON_EMPLOYEE_PATH',
  UNKNOWN_CERTIFICATION = 'UNKNOWN_CERTIFICATION',
  BEFORE_TRAINING = 'BEFORE_TRAINING',
  RUN_NOT_OPEN = 'RUN_NOT_OPEN',
}

export class PlaybookRefusal {
  constructor(
    readonly reason: PlaybookRefusalReason,
    readonly message: string,
    readonly field?: string,
  ) {}
}

export const refuse = (reason: PlaybookRefusalReason, message: string, field?: string) => new PlaybookRefusal(reason, message, field);
