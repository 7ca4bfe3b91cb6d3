import { BambooHrEmployeeRecord, BambooHrEmployeeRow, DEFAULT_REPORT_FIELDS, mapEmployees } from '../client';
import { SourceEmployee, SourceWorkContext, SyncField } from '../../core/ports';
import { BambooHrSettings, CustomTarget } from './bamboohr-settings';

const WORK_CONTEXTS: readonly string[] = ['OFFICE', 'REMOTE', 'HYBRID', 'FRONTLINE'];

/** The sync fields a BambooHR pull provides (workContext only when a custom field feeds it). */
export function bambooHrSyncFields(settings: BambooHrSettings): SyncField[] {
  const fields: SyncField[] = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'location', 'managerExternalId', 'status', 'hireDate'];
  if (settings.customFields.workContext) fields.push('workContext');
  return fields;
}

/** The BambooHR fields to request: the mapper's defaults plus the custom fields of the settings. */
export function bambooHrRequestFields(settings: BambooHrSettings): { all: string[]; custom: string[] } {
  const custom = [...new Set(Object.values(settings.customFields))];
  return { all: [...new Set([...DEFAULT_REPORT_FIELDS, ...custom])], custom };
}

/** A mapped BambooHR record as the neutral record of the sync engine; custom fields override their target. */
export function toSourceEmployee(record: BambooHrEmployeeRecord, settings: BambooHrSettings): SourceEmployee {
  const out: SourceEmployee = {
    externalId: record.externalId,
    employeeNumber: record.employeeNumber,
    firstName: record.firstName,
    lastName: record.lastName,
    email: record.email,
    department: record.department,
    jobTitle: record.jobTitle,
    location: record.location,
    managerExternalId: record.managerExternalId,
    status: record.status,
    hireDate: record.hireDate,
  };
  for (const [target, field] of Object.entries(settings.customFields) as [CustomTarget, string][]) {
    const value = record.custom[field] ?? null;
    if (target === 'workContext') {
      const upper = value?.toUpperCase() ?? null;
      out.workContext = upper && WORK_CONTEXTS.includes(upper) ? (upper as SourceWorkContext) : null;
    } else out[target] = value;
  }
  return out;
}

/** Maps rows to records; rows without an id become records with an empty id, which the engine reports. */
export function toSourceEmployees(rows: readonly BambooHrEmployeeRow[], settings: BambooHrSettings, customFields: readonly string[]): SourceEmployee[] {
  const { records, rejected } = mapEmployees(rows, { customFields });
  return [...records.map((r) => toSourceEmployee(r, settings)), ...rejected.map(() => ({ externalId: '' }))];
}

/** Splits rows into batches of at most `size`. */
export function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
