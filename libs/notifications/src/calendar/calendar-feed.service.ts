import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { BusinessErrorCode as C, Clock, DomainResult, fail, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { NotificationsConfig } from '../config/notifications-config';
import { CalendarFeedScope } from '../entities/calendar-feed-token.entity';
import { renewalCalendar } from './ical';
import { CalendarFeedRepository } from './calendar-feed.repository';

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
    private readonly repo: CalendarFeedRepository,
    private readonly audit: AuditService,
    private readonly config: NotificationsConfig,
    private readonly clock: Clock,
  ) {}

  /** A new feed URL, returned only now (only the token's hash is kept). A TEAM feed without a reporting line is NO_REPORTING_LINE. */
  async create(viewer: Viewer, scope: CalendarFeedScope): Promise<DomainResult<CalendarFeed, C.NO_REPORTING_LINE>> {
    if (scope === 'TEAM') {
      if (!(await this.repo.managesAnyone(viewer.employeeId))) return fail(C.NO_REPORTING_LINE, 'A TEAM feed needs people reporting to you.', { field: 'scope' });
    }
    const token = randomBytes(32).toString('base64url');
    const row = await this.repo.insertToken(viewer.employeeId, hashToken(token), scope);
    await this.audit.recordChange(viewer, 'createMyCalendarFeed', 'CalendarFeedToken', row.id, null, { scope });
    return { url: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/calendar/${token}.ics`, scope, createdAt: row.createdAt };
  }

  /** Revokes every feed of yours; their URLs answer 404 from now on. Returns how many. */
  async revokeAll(viewer: Viewer): Promise<number> {
    const ids = await this.repo.revokeAll(viewer.employeeId, this.clock.now().toJSDate());
    for (const id of ids) await this.audit.recordChange(viewer, 'revokeMyCalendarFeed', 'CalendarFeedToken', id, { revoked: false }, { revoked: true });
    return ids.length;
  }

  /** The calendar for a token, or null when it is unknown, revoked or its owner has left. */
  async render(token: string): Promise<string | null> {
    const feed = await this.repo.findLive(hashToken(token));
    if (!feed) return null;
    const rows = await this.repo.records(feed);
    const records = rows.map((r) => ({ ...r, own: r.employeeId === feed.employeeId }));
    return renewalCalendar(feed.scope === 'TEAM' ? 'Skillpath renewals (team)' : 'Skillpath renewals', records, this.clock.now().toJSDate());
  }
}
