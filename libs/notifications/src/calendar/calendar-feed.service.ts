import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { BusinessErrorCode as C, Clock, DomainResult, fail, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { reportingLineSql, EMPLOYEE_VIEW } from '@app/employees';
import { TransactionHost } from '@app/persistence';
import { currentRecordSql, effectiveDeadlineSql, CERTIFICATION_RECORD_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { NotificationsConfig } from '../config/notifications-config';
import { CalendarFeedScope } from '../entities/calendar-feed-token.entity';
import { updatedRows } from '../delivery/delivery.repository';
import { CalendarRecord, renewalCalendar } from './ical';

/** A new private calendar URL (shown once) and what it covers. */
export interface CalendarFeed {
  url: string;
  scope: CalendarFeedScope;
  createdAt: Date;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Private, revocable iCalendar feeds of renewal dates: your own, or (managers) your reporting line's. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly config: NotificationsConfig,
    private readonly clock: Clock,
  ) {}

  /** A new feed URL, returned only now (only the token's hash is kept). A TEAM feed without a reporting line is NO_REPORTING_LINE. */
  async create(viewer: Viewer, scope: CalendarFeedScope): Promise<DomainResult<CalendarFeed, C.NO_REPORTING_LINE>> {
    if (scope === 'TEAM') {
      const [{ manages }] = await this.tx.query<{ manages: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${EMPLOYEE_VIEW} employee WHERE manager_id = $1) AS manages`, [viewer.employeeId]);
      if (!manages) return fail(C.NO_REPORTING_LINE, 'A TEAM feed needs people reporting to you.', { field: 'scope' });
    }
    const token = randomBytes(32).toString('base64url');
    const [row] = await this.tx.query<{ id: string; created_at: Date }>(
      `INSERT INTO calendar_feed_token (employee_id, token_hash, scope) VALUES ($1, $2, $3) RETURNING id, created_at`,
      [viewer.employeeId, hashToken(token), scope],
    );
    await this.audit.recordChange(viewer, 'createMyCalendarFeed', 'CalendarFeedToken', row.id, null, { scope });
    return { url: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/calendar/${token}.ics`, scope, createdAt: row.created_at };
  }

  /** Revokes every feed of yours; their URLs answer 404 from now on. Returns how many. */
  async revokeAll(viewer: Viewer): Promise<number> {
    const result = await this.tx.query(
      `UPDATE calendar_feed_token SET revoked_at = $2, updated_at = now() WHERE employee_id = $1 AND revoked_at IS NULL RETURNING id`,
      [viewer.employeeId, this.clock.now().toJSDate()],
    );
    const rows = updatedRows<{ id: string }>(result);
    for (const r of rows) await this.audit.recordChange(viewer, 'revokeMyCalendarFeed', 'CalendarFeedToken', r.id, { revoked: false }, { revoked: true });
    return rows.length;
  }

  /** The calendar for a token, or null when it is unknown, revoked or its owner has left. */
  async render(token: string): Promise<string | null> {
    const [feed] = await this.tx.query<{ employee_id: string; scope: CalendarFeedScope }>(
      `SELECT t.employee_id, t.scope FROM calendar_feed_token t JOIN ${EMPLOYEE_VIEW} e ON e.id = t.employee_id AND e.status <> 'TERMINATED'
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [hashToken(token)],
    );
    if (!feed) return null;
    const who = feed.scope === 'TEAM' ? `r.employee_id IN (${reportingLineSql('$1', true)})` : 'r.employee_id = $1';
    const rows = await this.tx.query<CalendarRecord & { employeeId: string }>(
      `SELECT r.id AS "recordId", r.employee_id AS "employeeId", e.first_name || ' ' || e.last_name AS "holderName",
              c.name AS certification, r.window_opens_on::text AS "windowOpensOn",
              ${effectiveDeadlineSql('r')}::text AS deadline, r.grace_ends_on::text AS "graceEndsOn",
              c.estimated_hours AS "estimatedHours", c.payoff
         FROM ${CERTIFICATION_RECORD_VIEW} r
         JOIN ${CERTIFICATION_VIEW} c ON c.id = r.certification_id
         JOIN ${EMPLOYEE_VIEW} e ON e.id = r.employee_id
        WHERE ${currentRecordSql('r')} AND ${who}
        ORDER BY r.id`,
      [feed.employee_id],
    );
    const records = rows.map((r) => ({ ...r, own: r.employeeId === feed.employee_id }));
    return renewalCalendar(feed.scope === 'TEAM' ? 'Skillpath renewals (team)' : 'Skillpath renewals', records, this.clock.now().toJSDate());
  }
}
