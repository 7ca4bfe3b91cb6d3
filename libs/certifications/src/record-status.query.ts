import { Injectable } from '@nestjs/common';
import { jsonArrayOf, OrgCalendar } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { currentRecordSql, recordColumnsSql } from './record-status.sql';
import { RecordRow, RecordView, toRecordView } from './record-view';
import { bindToday, PartialRecordView, recordViewColumnsSql } from './record-view-columns';

/**
 * Certification records with their status for today, for any lib that needs them (team views,
 * notifications, reporting, the benchmark). Today is the OrgCalendar's (the org zone's date on the injected clock).
 * For set-based SQL of your own, use the fragments in record-status.sql.ts with `OrgCalendar.today()` as a parameter.
 */
@Injectable()
export class RecordStatusQuery {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly tx: TransactionHost,
  ) {}

  /** Records by id with status on `onDate` (default today); one statement. */
  async byIds(ids: readonly string[], onDate = this.calendar.today()): Promise<RecordView[]> {
    if (ids.length === 0) return [];
    const rows = await this.tx.query<RecordRow>(`SELECT ${recordColumnsSql('r', '$1')} FROM certification_record r WHERE r.id = ANY($2::uuid[])`, [onDate, ids]);
    return rows.map(toRecordView);
  }

  /** Current (neither superseded nor revoked) records of many employees; one statement. */
  async currentOf(employeeIds: readonly string[], onDate = this.calendar.today()): Promise<RecordView[]> {
    if (employeeIds.length === 0) return [];
    const rows = await this.tx.query<RecordRow>(
      `SELECT ${recordColumnsSql('r', '$1')} FROM certification_record r
        WHERE r.employee_id = ANY($2::uuid[]) AND ${currentRecordSql('r')}
        ORDER BY COALESCE(r.extended_until, r.expires_on) NULLS LAST, r.id`,
      [onDate, employeeIds],
    );
    return rows.map(toRecordView);
  }

  /**
   * Current records of many employees with only `fields` (and the keys) read: what a nested GraphQL read asks
   * for, without parsing and holding the columns it did not ask for. Same rows and order as `currentOf`.
   */
  async currentFieldsOf(employeeIds: readonly string[], fields: Iterable<string>, onDate = this.calendar.today()): Promise<PartialRecordView[]> {
    if (employeeIds.length === 0) return [];
    // Today is bound only when a selected field reads it (an unused parameter would fail the statement).
    const columns = recordViewColumnsSql('r', '$2', fields);
    return this.tx.query<PartialRecordView>(
      `SELECT ${columns} FROM certification_record r
        WHERE r.employee_id = ANY($1::uuid[]) AND ${currentRecordSql('r')}
        ORDER BY COALESCE(r.extended_until, r.expires_on) NULLS LAST, r.id`,
      columns.includes('$2') ? [employeeIds, onDate] : [employeeIds],
    );
  }

  /** An employee's records that are not superseded (current and revoked), soonest deadline first. */
  /**
   * The records `currentOrRevokedOf` answers, in its order, as one JSON array of `object` (on the record `r` and its
   * certification `c`; `$today` for today): one statement.
   */
  async currentOrRevokedJson(employeeId: string, object: string, onDate = this.calendar.today()): Promise<string> {
    const params: unknown[] = [employeeId];
    const rows = await this.tx.query<{ json: string }>(
      `SELECT ${bindToday(object, () => `$${params.push(onDate)}`)}::text AS json
         FROM certification_record r JOIN certification c ON c.id = r.certification_id
        WHERE r.employee_id = $1 AND r.superseded_by_id IS NULL
        ORDER BY r.revoked_at IS NOT NULL, COALESCE(r.extended_until, r.expires_on) NULLS LAST, r.id`,
      params,
    );
    return jsonArrayOf(rows.map((r) => r.json));
  }

  async currentOrRevokedOf(employeeId: string, onDate = this.calendar.today()): Promise<RecordView[]> {
    const rows = await this.tx.query<RecordRow>(
      `SELECT ${recordColumnsSql('r', '$1')} FROM certification_record r
        WHERE r.employee_id = $2 AND r.superseded_by_id IS NULL
        ORDER BY r.revoked_at IS NOT NULL, COALESCE(r.extended_until, r.expires_on) NULLS LAST, r.id`,
      [onDate, employeeId],
    );
    return rows.map(toRecordView);
  }
}
