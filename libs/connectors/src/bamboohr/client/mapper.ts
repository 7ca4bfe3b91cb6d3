/**
 * BambooHR employee rows (custom report, directory, list or single employee) -> neutral employee records.
 *
 * Status: TERMINATED when `status` is Inactive, when employmentHistoryStatus says terminated, or when
 * terminationDate is on or before `today`; else ON_LEAVE when employmentHistoryStatus mentions leave
 * ("Leave of Absence", "On Leave", "Medical Leave"); else ACTIVE (a future terminationDate is a notice period).
 * BambooHR's empty date "0000-00-00", empty strings and supervisorEId "0" read as null.
 */
import type { BambooHrEmployeeRow, BambooHrValue } from './types';

export type EmployeeStatus = 'ACTIVE' | 'TERMINATED' | 'ON_LEAVE';

export interface BambooHrEmployeeRecord {
  /** BambooHR's employee id. */
  externalId: string;
  employeeNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  /** Work email. */
  email: string | null;
  department: string | null;
  jobTitle: string | null;
  location: string | null;
  /** BambooHR employee id of the supervisor (supervisorEId). */
  managerExternalId: string | null;
  status: EmployeeStatus;
  /** yyyy-MM-dd */
  hireDate: string | null;
  custom: Record<string, string | null>;
}

/** Fields to request from a custom report for mapEmployee (custom fields are appended by the caller). */
export const DEFAULT_REPORT_FIELDS: readonly string[] = [
  'id',
  'employeeNumber',
  'firstName',
  'lastName',
  'workEmail',
  'department',
  'division',
  'jobTitle',
  'location',
  'supervisorEId',
  'status',
  'employmentHistoryStatus',
  'hireDate',
  'terminationDate',
];

export interface MapOptions {
  /** Field aliases or ids copied into `custom`. */
  readonly customFields?: readonly string[];
  /** The calendar date terminations are compared with, yyyy-MM-dd; defaults to today in UTC. */
  readonly today?: string;
}

export interface MapResult {
  readonly records: BambooHrEmployeeRecord[];
  readonly rejected: { readonly row: BambooHrEmployeeRow; readonly reason: string }[];
}

function text(value: BambooHrValue): string | null {
  if (value === null || value === undefined || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : null;
  if (typeof value === 'object') return JSON.stringify(value);
  const trimmed = (value as string).trim();
  return trimmed === '' ? null : trimmed;
}

function date(value: BambooHrValue): string | null {
  const t = text(value);
  return t && /^\d{4}-\d{2}-\d{2}$/.test(t) && t !== '0000-00-00' ? t : null;
}

function first(row: BambooHrEmployeeRow, ...keys: string[]): string | null {
  for (const key of keys) {
    const t = text(row[key]);
    if (t !== null) return t;
  }
  return null;
}

export function mapStatus(row: BambooHrEmployeeRow, today: string): EmployeeStatus {
  const status = text(row.status)?.toLowerCase();
  const history = (text(row.employmentHistoryStatus) ?? text(row.employmentStatus) ?? '').toLowerCase();
  const terminationDate = date(row.terminationDate);
  if (status === 'inactive' || history.includes('terminat') || (terminationDate !== null && terminationDate <= today)) return 'TERMINATED';
  if (/\bleave\b/.test(history)) return 'ON_LEAVE';
  return 'ACTIVE';
}

/** Maps one row; throws when the row has no employee id. */
export function mapEmployee(row: BambooHrEmployeeRow, options: MapOptions = {}): BambooHrEmployeeRecord {
  const externalId = first(row, 'id', 'employeeId');
  if (!externalId) throw new Error('BambooHR employee row has no id');
  const manager = text(row.supervisorEId);
  const custom: Record<string, string | null> = {};
  for (const field of options.customFields ?? []) custom[field] = text(row[field]);
  return {
    externalId,
    employeeNumber: text(row.employeeNumber),
    firstName: text(row.firstName),
    lastName: text(row.lastName),
    email: text(row.workEmail),
    department: first(row, 'department', 'departmentName'),
    jobTitle: first(row, 'jobTitle', 'jobTitleName'),
    location: first(row, 'location', 'locationName'),
    managerExternalId: manager === '0' ? null : manager,
    status: mapStatus(row, options.today ?? new Date().toISOString().slice(0, 10)),
    hireDate: date(row.hireDate),
    custom,
  };
}

/** Maps rows, collecting unusable rows (no id) instead of failing the whole batch. */
export function mapEmployees(rows: readonly BambooHrEmployeeRow[], options: MapOptions = {}): MapResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const result: MapResult = { records: [], rejected: [] };
  for (const row of rows) {
    try {
      result.records.push(mapEmployee(row, { ...options, today }));
    } catch (err) {
      result.rejected.push({ row, reason: (err as Error).message });
    }
  }
  return result;
}
