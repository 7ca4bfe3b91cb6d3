import { DateTime } from 'luxon';
import { SourceObservation } from '../core/ports';
import { RowProblem } from '../sync/sync-types';

/** The first problem of an observation, or null: a known period whose start is its first day, a finite value. */
export function checkObservation(o: SourceObservation): RowProblem | null {
  const problem = (field: string, message: string): RowProblem => ({ externalId: o.employeeExternalId || null, line: o.line ?? null, field, message });
  if (!o.employeeExternalId) return problem('employee', 'The employee is required');
  if (!o.metricKey) return problem('metric', 'The metric key is required');
  if (o.period !== 'WEEK' && o.period !== 'MONTH') return problem('period', `Unknown period "${String(o.period)}"; use WEEK or MONTH`);
  const start = DateTime.fromISO(o.periodStart ?? '', { zone: 'utc' });
  if (!start.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(o.periodStart)) return problem('periodStart', `"${o.periodStart}" is not a yyyy-MM-dd date`);
  if (o.period === 'WEEK' && start.weekday !== 1) return problem('periodStart', `A WEEK starts on a Monday; ${o.periodStart} is not one`);
  if (o.period === 'MONTH' && start.day !== 1) return problem('periodStart', `A MONTH starts on the 1st; ${o.periodStart} is not`);
  if (typeof o.value !== 'number' || !Number.isFinite(o.value)) return problem('value', `"${String(o.value)}" is not a number`);
  return null;
}
