import { EMPLOYEE_VIEW } from '@app/employees';
import { SourceObservation } from '../../core/ports';
import { Sql } from '../../sync/sync-types';

/**
 * MetricSync matches employees by email. Observations may name the employee by an HRIS external id instead:
 * keys without "@" are looked up in external_ref (of `hrisConnectorId` when set, else of any connector when the
 * id names exactly one employee) with one query per batch and replaced by the employee's email. Keys that match
 * nothing are left as they are, so MetricSync reports them as unknown employees.
 */
export async function resolveEmployeeKeys(sql: Sql, batch: SourceObservation[], hrisConnectorId: string | null): Promise<SourceObservation[]> {
  const ids = [...new Set(batch.map((o) => o.employeeExternalId).filter((k) => k && !k.includes('@')))];
  if (ids.length === 0) return batch;
  const rows = await sql<{ external_id: string; email: string }>(
    `SELECT r.external_id, min(e.email) AS email FROM external_ref r JOIN ${EMPLOYEE_VIEW} e ON e.id = r.internal_id
     WHERE r.entity = 'employee' AND r.external_id = ANY($1::text[]) AND ($2::uuid IS NULL OR r.connector_id = $2::uuid)
     GROUP BY r.external_id HAVING count(DISTINCT e.id) = 1`,
    [ids, hrisConnectorId],
  );
  const emails = new Map(rows.map((r) => [r.external_id, r.email]));
  return batch.map((o) => (emails.has(o.employeeExternalId) ? { ...o, employeeExternalId: emails.get(o.employeeExternalId) as string } : o));
}
