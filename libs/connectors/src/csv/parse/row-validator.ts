import { MappingTarget } from './column-mapping';

export const EMPLOYEE_STATUSES = ['ACTIVE', 'ON_LEAVE', 'TERMINATED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];
export const WORK_CONTEXTS = ['OFFICE', 'REMOTE', 'HYBRID', 'FRONTLINE'] as const;
export type WorkContext = (typeof WORK_CONTEXTS)[number];

/** A problem on one row. `line` is the 1-based physical line the row starts on, the header being line 1. */
export interface LineError {
  line: number;
  /** A canonical field (or fullName), or "row" for the row as a whole. */
  field: string;
  message: string;
  /** The business rule's code (csv/line-errors.ts), when a rule refused the row rather than a bad value. */
  code?: string;
}

/** Trimmed cell values by target; blank cells and unmapped targets are absent. */
export type RawEmployeeValues = Partial<Record<MappingTarget, string>>;

/** A row that passed validation, normalized. Optional fields are null when blank. */
export interface ValidRow {
  line: number;
  externalId: string;
  employeeNumber: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  department: string | null;
  jobTitle: string | null;
  location: string | null;
  managerExternalId: string | null;
  /** ACTIVE when the cell is blank or the column is not mapped. */
  status: EmployeeStatus;
  workContext: WorkContext | null;
  /** YYYY-MM-DD. */
  hireDate: string | null;
}

const squash = (value: string): string => value.trim().toUpperCase().replace(/[\s_-]+/g, '');

const STATUS_ALIASES: Readonly<Record<string, EmployeeStatus>> = {
  ACTIVE: 'ACTIVE', ONLEAVE: 'ON_LEAVE', LEAVE: 'ON_LEAVE', LEAVEOFABSENCE: 'ON_LEAVE', LOA: 'ON_LEAVE',
  TERMINATED: 'TERMINATED', TERM: 'TERMINATED', SEPARATED: 'TERMINATED',
};
const WORK_CONTEXT_ALIASES: Readonly<Record<string, WorkContext>> = {
  OFFICE: 'OFFICE', ONSITE: 'OFFICE', INOFFICE: 'OFFICE', REMOTE: 'REMOTE', WFH: 'REMOTE',
  HYBRID: 'HYBRID', FRONTLINE: 'FRONTLINE',
};

/** "Active", "on leave", "Leave", "Terminated"… → the canonical status; null when not recognized. */
export function parseStatus(value: string): EmployeeStatus | null {
  return STATUS_ALIASES[squash(value)] ?? null;
}

export function parseWorkContext(value: string): WorkContext | null {
  return WORK_CONTEXT_ALIASES[squash(value)] ?? null;
}

/** A pragmatic check (one @, no spaces, a dot in the domain), not full RFC 5322. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "Lovelace, Ada" or "Ada King Lovelace" (last word is the last name) → names; null when a part is missing. */
export function splitFullName(fullName: string): { firstName: string; lastName: string } | null {
  const comma = fullName.indexOf(',');
  const [first, last] =
    comma >= 0
      ? [fullName.slice(comma + 1), fullName.slice(0, comma)]
      : [fullName.replace(/\s*\S+$/, ''), fullName.slice(fullName.search(/\S+$/))];
  const firstName = first.trim();
  const lastName = last.trim();
  return firstName && lastName ? { firstName, lastName } : null;
}

/**
 * Validates mapped rows one by one, in file order. It remembers the externalIds and emails (case-insensitively)
 * seen, so the second and later occurrences of an id or an email are errors (the first one is not); use one
 * validator per file.
 */
export class RowValidator {
  private readonly seen = new Map<string, number>();
  private readonly emails = new Map<string, number>();

  validate(values: RawEmployeeValues, line: number): { row: ValidRow | null; errors: LineError[] } {
    const errors: LineError[] = [];
    const fail = (field: string, message: string): void => void errors.push({ line, field, message });
    const v = (field: MappingTarget): string | null => values[field] ?? null;

    const externalId = v('externalId');
    if (externalId === null) fail('externalId', 'externalId is required.');
    else {
      const firstLine = this.seen.get(externalId);
      if (firstLine !== undefined) fail('externalId', `Duplicate externalId "${externalId}" (first on line ${firstLine}).`);
      else this.seen.set(externalId, line);
    }

    let firstName = v('firstName');
    let lastName = v('lastName');
    const fullName = v('fullName');
    let badFullName = false;
    if ((firstName === null || lastName === null) && fullName !== null) {
      const split = splitFullName(fullName);
      if (split) {
        firstName ??= split.firstName;
        lastName ??= split.lastName;
      } else {
        badFullName = true;
        fail('fullName', `Full name "${fullName}" needs a first and a last name.`);
      }
    }
    if (firstName === null && !badFullName) fail('firstName', 'firstName is required.');
    if (lastName === null && !badFullName) fail('lastName', 'lastName is required.');

    const email = v('email');
    if (email !== null && !isEmail(email)) fail('email', `"${email}" is not a valid email address.`);
    else if (email !== null) {
      const firstLine = this.emails.get(email.toLowerCase());
      if (firstLine !== undefined) fail('email', `Duplicate email "${email}" (first on line ${firstLine}).`);
      else this.emails.set(email.toLowerCase(), line);
    }

    const rawStatus = v('status');
    const status = rawStatus === null ? 'ACTIVE' : parseStatus(rawStatus);
    if (status === null) fail('status', `Unknown status "${rawStatus}"; use one of ${EMPLOYEE_STATUSES.join(', ')}.`);

    const rawContext = v('workContext');
    const workContext = rawContext === null ? null : parseWorkContext(rawContext);
    if (rawContext !== null && workContext === null) {
      fail('workContext', `Unknown workContext "${rawContext}"; use one of ${WORK_CONTEXTS.join(', ')}.`);
    }

    const hireDate = v('hireDate');
    if (hireDate !== null && !isIsoDate(hireDate)) fail('hireDate', `"${hireDate}" is not a date in the form YYYY-MM-DD.`);

    const managerExternalId = v('managerExternalId');
    if (managerExternalId !== null && managerExternalId === externalId) {
      fail('managerExternalId', 'An employee cannot be their own manager.');
    }

    if (errors.length > 0 || externalId === null || firstName === null || lastName === null || status === null) {
      return { row: null, errors };
    }
    return {
      row: {
        line, externalId, employeeNumber: v('employeeNumber'), firstName, lastName, email,
        department: v('department'), jobTitle: v('jobTitle'), location: v('location'), managerExternalId,
        status, workContext, hireDate,
      },
      errors,
    };
  }
}
