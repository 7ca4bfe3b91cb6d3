import { SourceEmployee, SyncField } from '../core/ports';
import { RowProblem } from './sync-types';

const STATUSES = new Set(['ACTIVE', 'ON_LEAVE', 'TERMINATED']);
const CONTEXTS = new Set(['OFFICE', 'REMOTE', 'HYBRID', 'FRONTLINE']);
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Value checks that need no database; the first problem of a record, or null. */
export function checkRecord(r: SourceEmployee, provided: ReadonlySet<SyncField>): RowProblem | null {
  const problem = (field: string, message: string): RowProblem => ({ externalId: r.externalId || null, line: r.line ?? null, field, message });
  if (!r.externalId || !String(r.externalId).trim()) return problem('externalId', 'externalId is required');
  if (provided.has('firstName') && !r.firstName?.trim()) return problem('firstName', 'firstName is required');
  if (provided.has('lastName') && !r.lastName?.trim()) return problem('lastName', 'lastName is required');
  if (r.email && !EMAIL.test(r.email)) return problem('email', `"${r.email}" is not a valid email address`);
  if (r.status && !STATUSES.has(r.status)) return problem('status', `Unknown status "${r.status}"`);
  if (r.workContext && !CONTEXTS.has(r.workContext)) return problem('workContext', `Unknown workContext "${r.workContext}"`);
  if (r.hireDate && (!DATE.test(r.hireDate) || Number.isNaN(Date.parse(r.hireDate)))) return problem('hireDate', `"${r.hireDate}" is not a yyyy-MM-dd date`);
  return null;
}

/**
 * Splits a batch into records to stage (the last occurrence of each external id) and problems (bad values,
 * earlier duplicates of an id within the batch).
 */
export function screenBatch(rows: readonly SourceEmployee[], provided: ReadonlySet<SyncField>): { ok: SourceEmployee[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const last = new Map<string, number>();
  rows.forEach((r, i) => r.externalId && last.set(r.externalId, i));
  const ok: SourceEmployee[] = [];
  rows.forEach((r, i) => {
    const bad = checkRecord(r, provided);
    if (bad) problems.push(bad);
    else if (last.get(r.externalId) !== i) {
      problems.push({ externalId: r.externalId, line: r.line ?? null, field: 'externalId', message: `Duplicate externalId "${r.externalId}" in the same batch; the last one is used` });
    } else ok.push(r);
  });
  return { ok, problems };
}
