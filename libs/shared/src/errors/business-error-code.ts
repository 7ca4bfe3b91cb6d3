/**
 * Why an action failed for an expected business reason: the `errorCode` of every failure a service returns (and of
 * the GraphQL error result it becomes, the `BusinessErrorCode` enum). Not to be confused with `ErrorCode` in
 * app-error.ts, the transport code of a thrown error (BAD_USER_INPUT, NOT_FOUND…).
 *
 * How to add a failure:
 * 1. add its code here (alphabetical order; a code is a stable contract with clients: never rename or reuse one);
 * 2. the service returns `fail(BusinessErrorCode.X, 'A sentence for the person', { field, details })` in its
 *    `DomainResult<T, BusinessErrorCode.X | …>` (plain TypeScript, no GraphQL);
 * 3. in the lib's api/, declare (or reuse) the GraphQL type that carries it with
 *    `@BusinessErrorType('XError', [BusinessErrorCode.X], …)`, each `details` key as a field; a name ending in `Error`
 *    is audited REFUSED, one ending in `Refused` DENIED;
 * 4. list the code in the mutation's `resultUnion(name, okType, [codes])` and return `graphqlResult(result, toOk)`.
 */
export enum BusinessErrorCode {
  /** The employee is already on this path. */
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  /** A budget or extension was already approved or rejected (an incentive award: AWARD_ALREADY_DECIDED). */
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  /** The certification record is already revoked. */
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  /** The assignment has ended and is kept as history. */
  ASSIGNMENT_ENDED = 'ASSIGNMENT_ENDED',
  /** A playbook after-step cannot be completed before the training date. */
  BEFORE_TRAINING = 'BEFORE_TRAINING',
  /** The behaviour has observations and cannot be removed. */
  BEHAVIOUR_HAS_OBSERVATIONS = 'BEHAVIOUR_HAS_OBSERVATIONS',
  /** A practice session would go past its budget. */
  BUDGET_EXCEEDED = 'BUDGET_EXCEEDED',
  /** An attempt of this certification is already recorded for the employee on that day. */
  DUPLICATE_ATTEMPT = 'DUPLICATE_ATTEMPT',
  /** The credential id is already recorded for this certification. */
  DUPLICATE_CREDENTIAL = 'DUPLICATE_CREDENTIAL',
  /** Another object of the same kind has this name (trimmed, ignoring case). */
  DUPLICATE_NAME = 'DUPLICATE_NAME',
  /** A connector's new record has the email of an employee another connector's record is linked to. */
  EMAIL_LINKED_ELSEWHERE = 'EMAIL_LINKED_ELSEWHERE',
  /** A connector's new record has the email of an employee created in Skillpath, and the connector may not link existing employees. */
  EMAIL_NOT_LINKABLE = 'EMAIL_NOT_LINKABLE',
  /** A new employee needs an email. */
  EMAIL_REQUIRED = 'EMAIL_REQUIRED',
  /** Another employee uses this email. */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  /** The employee a connector's record is linked to no longer exists. */
  EMPLOYEE_GONE = 'EMPLOYEE_GONE',
  /** Another employee uses this employee number. */
  EMPLOYEE_NUMBER_TAKEN = 'EMPLOYEE_NUMBER_TAKEN',
  /** An extension must end after the record's expiry. */
  EXTENSION_NOT_AFTER_EXPIRY = 'EXTENSION_NOT_AFTER_EXPIRY',
  /** An HR admin's status is changed in Skillpath only, never by a connector. */
  HR_ADMIN_STATUS = 'HR_ADMIN_STATUS',
  /** The renewal rules cannot be used as they are. */
  INVALID_RENEWAL_RULES = 'INVALID_RENEWAL_RULES',
  /** The job role is retired: no new paths, assignments or people. */
  JOB_ROLE_RETIRED = 'JOB_ROLE_RETIRED',
  /** The manager is in the employee's own reporting line. */
  MANAGER_CYCLE = 'MANAGER_CYCLE',
  /** A new employee needs a first and a last name. */
  NAMES_REQUIRED = 'NAMES_REQUIRED',
  /** Only an approved budget takes sessions and extensions. */
  NOT_APPROVED = 'NOT_APPROVED',
  /** The viewer is not the approver of this budget or extension. */
  NOT_APPROVER = 'NOT_APPROVER',
  /** The viewer is not a manager above the employee. */
  NOT_MANAGER = 'NOT_MANAGER',
  /** The employee is not on the path (of this behaviour): an active assignment is needed. */
  NOT_ON_PATH = 'NOT_ON_PATH',
  /** Only self-reported evidence awaiting confirmation can be confirmed. */
  NOT_SELF_EVIDENCE = 'NOT_SELF_EVIDENCE',
  /** Only the employee logs sessions against their own budget. */
  NOT_YOUR_BUDGET = 'NOT_YOUR_BUDGET',
  /** An employee does not approve their own budget. */
  OWN_BUDGET = 'OWN_BUDGET',
  /** Self-evidence is confirmed by a manager in the employee's line, never by the employee. */
  OWN_EVIDENCE = 'OWN_EVIDENCE',
  /** A proposer does not approve their own proposal. */
  OWN_PROPOSAL = 'OWN_PROPOSAL',
  /** The job role already has its skill path. */
  PATH_ALREADY_EXISTS = 'PATH_ALREADY_EXISTS',
  /** The path level is not on a path the employee is assigned to. */
  PATH_LEVEL_NOT_ON_EMPLOYEE_PATH = 'PATH_LEVEL_NOT_ON_EMPLOYEE_PATH',
  /** The budget's period has ended. */
  PERIOD_ENDED = 'PERIOD_ENDED',
  /** The playbook template is retired: no new runs start from it. */
  PLAYBOOK_TEMPLATE_RETIRED = 'PLAYBOOK_TEMPLATE_RETIRED',
  /** The program is archived and cannot change. */
  PROGRAM_ARCHIVED = 'PROGRAM_ARCHIVED',
  /** The record was renewed or revoked; only the current record changes. */
  RECORD_NOT_CURRENT = 'RECORD_NOT_CURRENT',
  /** The playbook run is completed or cancelled. */
  RUN_NOT_OPEN = 'RUN_NOT_OPEN',
  /** The playbook step is already completed. */
  STEP_ALREADY_COMPLETED = 'STEP_ALREADY_COMPLETED',
  /** The target level must be above the current level. */
  TARGET_BELOW_CURRENT = 'TARGET_BELOW_CURRENT',
  /** A target date is today or later. */
  TARGET_DATE_IN_PAST = 'TARGET_DATE_IN_PAST',
  /** The budget's period has started: budgets are agreed before training. */
  TRAINING_STARTED = 'TRAINING_STARTED',
  /** No catalog certification with this id. */
  UNKNOWN_CERTIFICATION = 'UNKNOWN_CERTIFICATION',
  /** A connector's record names a manager the connector does not know. */
  UNKNOWN_MANAGER = 'UNKNOWN_MANAGER',
  /** No path level with this id. */
  UNKNOWN_PATH_LEVEL = 'UNKNOWN_PATH_LEVEL',
  /** An incentive award was already approved, rejected or suspended; a decision is not changed. */
  AWARD_ALREADY_DECIDED = 'AWARD_ALREADY_DECIDED',
  /** No payroll webhook is configured to send to. */
  PAYROLL_WEBHOOK_NOT_CONFIGURED = 'PAYROLL_WEBHOOK_NOT_CONFIGURED',
  /** Only a delivery that failed every attempt (DEAD) can be replayed. */
  DELIVERY_NOT_DEAD = 'DELIVERY_NOT_DEAD',
  /** The viewer has nobody reporting to them (a TEAM calendar feed needs a reporting line). */
  NO_REPORTING_LINE = 'NO_REPORTING_LINE',
}
