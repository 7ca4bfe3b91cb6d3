import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { reportingLineSql, EMPLOYEE_VIEW } from '@app/employees';
import { currentRecordSql, effectiveDeadlineSql, CERTIFICATION_RECORD_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { CalendarFeedScope } from '../entities/calendar-feed-token.entity';
import { updatedRows } from '../delivery/delivery.repository';
import { CalendarRecord } from './ical';

/** A live feed: its owner (still employed) and what it covers. */
export interface LiveFeed {
  employeeId: string;
  scope: CalendarFeedScope;
}

/** Every query on calendar feed tokens and the renewal dates a feed shows. */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Whether anyone reports directly to the employee. */
  @GenerateSql({ params: [SqlExample.ID] })
  async managesAnyone(employeeId: string): Promise<boolean> {
    const [{ manages }] = await this.tx.query<{ manages: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${EMPLOYEE_VIEW} employee WHERE manager_id = $1) AS manages`, [employeeId]);
    return manages;
  }

  /** Keeps a new token (only its hash). */
  @GenerateSql({ params: [SqlExample.ID, 'a3f1c2', 'SELF'] })
  async insertToken(employeeId: string, tokenHash: string, scope: CalendarFeedScope): Promise<{ id: string; createdAt: Date }> {
    const [row] = await this.tx.query<{ id: string; created_at: Date }>(
      `INSERT INTO calendar_feed_token (employee_id, token_hash, scope) VALUES ($1, $2, $3) RETURNING id, created_at`,
      [employeeId, tokenHash, scope],
    );
    return { id: row.id, createdAt: row.created_at };
  }

  /** Revokes every live token of the employee as of `at`; the ids of those revoked. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.NOW] })
  async revokeAll(employeeId: string, at: Date): Promise<string[]> {
    const result = await this.tx.query(
      `UPDATE calendar_feed_token SET revoked_at = $2, updated_at = now() WHERE employee_id = $1 AND revoked_at IS NULL RETURNING id`,
      [employeeId, at],
    );
    return updatedRows<{ id: string }>(result).map((r) => r.id);
  }

  /** The feed of this token hash, unless it is revoked or its owner has left. */
  @GenerateSql({ params: ['a3f1c2'] })
  async findLive(tokenHash: string): Promise<LiveFeed | null> {
    const [feed] = await this.tx.query<{ employee_id: string; scope: CalendarFeedScope }>(
      `SELECT t.employee_id, t.scope FROM calendar_feed_token t JOIN ${EMPLOYEE_VIEW} e ON e.id = t.employee_id AND e.status <> 'TERMINATED'
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [tokenHash],
    );
    return feed ? { employeeId: feed.employee_id, scope: feed.scope } : null;
  }

  /** The current records a feed shows: the owner's (SELF), or everyone's in the owner's reporting line (TEAM). */
  @GenerateSql({ name: 'self', params: [{ employeeId: SqlExample.ID, scope: 'SELF' }] }, { name: 'team', params: [{ employeeId: SqlExample.ID, scope: 'TEAM' }] })
  records(feed: LiveFeed): Promise<Array<CalendarRecord & { employeeId: string }>> {
    const who = feed.scope === 'TEAM' ? `r.employee_id IN (${reportingLineSql('$1', true)})` : 'r.employee_id = $1';
    return this.tx.query<CalendarRecord & { employeeId: string }>(
      `SELECT r.id AS "recordId", r.employee_id AS "employeeId", e.first_name || ' ' || e.last_name AS "holderName",
              c.name AS certification, r.window_opens_on::text AS "windowOpensOn",
              ${effectiveDeadlineSql('r')}::text AS deadline, r.grace_ends_on::text AS "graceEndsOn",
              c.estimated_hours AS "estimatedHours", c.payoff
         FROM ${CERTIFICATION_RECORD_VIEW} r
         JOIN ${CERTIFICATION_VIEW} c ON c.id = r.certification_id
         JOIN ${EMPLOYEE_VIEW} e ON e.id = r.employee_id
        WHERE ${currentRecordSql('r')} AND ${who}
        ORDER BY r.id`,
      [feed.employeeId],
    );
  }
}
