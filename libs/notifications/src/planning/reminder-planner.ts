import { Injectable } from '@nestjs/common';
import { AppConfig, Clock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { currentRecordSql, effectiveDeadlineSql, CERTIFICATION_RECORD_VIEW, CERTIFICATION_VIEW } from '@app/certifications';
import { managersAboveSql, EMPLOYEE_VIEW } from '@app/employees';
import { NotificationsConfig } from '../config/notifications-config';
import { DEFAULT_DAYS_BEFORE } from '../entities/reminder-schedule.entity';
import { channelJoinSql, channelParams } from './channel-plan';
import { isoWeekdayOf, isoWeekOf, minusDays } from './plan-dates';

export interface PlanOptions {
  /** The org-zone date to plan for (default: today from the clock). */
  date?: string;
  /** Only these holders' records (targeted backfills, tests). */
  employeeIds?: string[];
}

export interface PlanResult {
  date: string;
  reminders: number;
  digests: number;
}

/** The renewal deadline (extension first) and "current" of a record aliased `r`, as @app/certifications defines them. */
const DEADLINE = effectiveDeadlineSql('r');
const CURRENT = currentRecordSql('r');

/**
 * Turns due reminder points into deliveries: one INSERT … SELECT over the current records for the
 * reminders, one for the weekly digests. Idempotent: the unique keys of notification_delivery make
 * a point (or a week's digest) enqueued once per channel and recipient, whoever plans it.
 */
@Injectable()
export class ReminderPlanner {
  constructor(
    private readonly tx: TransactionHost,
    private readonly config: NotificationsConfig,
    private readonly appConfig: AppConfig,
    private readonly clock: Clock,
  ) {}

  async plan(options: PlanOptions = {}): Promise<PlanResult> {
    const date = options.date ?? this.clock.today(this.appConfig.ORG_TIME_ZONE);
    const reminders = await this.planReminders(date, options.employeeIds);
    const digests = isoWeekdayOf(date) >= this.config.DIGEST_WEEKDAY ? await this.planDigests(date, options.employeeIds) : 0;
    return { date, reminders, digests };
  }

  /** Reminder points (window opens, N days before, on the deadline) falling in [date - catch-up, date]. */
  async planReminders(date: string, employeeIds?: string[]): Promise<number> {
    const ch = channelParams(this.config);
    const params: unknown[] = [date, minusDays(date, this.config.REMINDER_CATCH_UP_DAYS), DEFAULT_DAYS_BEFORE, this.clock.now().toJSDate(), ch.defaults, ch.direct, ch.webhooks];
    const zone = `$${params.push(this.appConfig.ORG_TIME_ZONE)}::text`;
    const scope = employeeIds ? `AND r.employee_id = ANY($${params.push(employeeIds)}::uuid[])` : '';
    const rows = await this.tx.query<{ id: string }>(
      `WITH cur AS (
         SELECT r.id AS record_id, r.employee_id, e.manager_id, e.first_name || ' ' || e.last_name AS holder_name,
                r.window_opens_on, ${DEADLINE} AS deadline,
                c.name AS certification, c.estimated_hours, c.payoff, c.study_guide_url,
                coalesce(s.on_window_open, true) AS on_window_open, coalesce(s.days_before, $3::int[]) AS days_before,
                coalesce(s.on_expiry, true) AS on_expiry, coalesce(s.notify_manager, false) AS notify_manager
           FROM ${CERTIFICATION_RECORD_VIEW} r
           JOIN ${CERTIFICATION_VIEW} c ON c.id = r.certification_id
           JOIN ${EMPLOYEE_VIEW} e ON e.id = r.employee_id AND e.status <> 'TERMINATED'
           LEFT JOIN certification_reminder_schedule s ON s.certification_id = r.certification_id
          WHERE ${CURRENT} ${scope}
            AND (r.window_opens_on BETWEEN $2::date AND $1::date OR ${DEADLINE} BETWEEN $2::date AND $1::date + 366)
       ), points AS (
         SELECT cur.*, p.kind, p.point_date
           FROM cur CROSS JOIN LATERAL (
             SELECT 'WINDOW_OPENS'::text AS kind, cur.window_opens_on AS point_date WHERE cur.on_window_open AND cur.window_opens_on IS NOT NULL
             UNION ALL SELECT 'DAYS_BEFORE_' || d, cur.deadline - d FROM unnest(cur.days_before) AS d
             UNION ALL SELECT 'ON_EXPIRY', cur.deadline WHERE cur.on_expiry
           ) p
          WHERE p.point_date BETWEEN $2::date AND $1::date
       ), src AS (
         SELECT points.*, points.employee_id AS recipient_id, false AS for_manager FROM points
         UNION ALL
         SELECT points.*, points.manager_id, true FROM points WHERE points.notify_manager AND points.manager_id IS NOT NULL
       )
       INSERT INTO notification_delivery (kind, record_id, reminder_point, channel, recipient_id, payload, state, attempts, next_attempt_at)
       SELECT 'REMINDER', src.record_id, src.kind || '@' || src.point_date, chan.channel, src.recipient_id,
              jsonb_build_object('kind', src.kind, 'pointDate', src.point_date, 'deadline', src.deadline,
                'certification', src.certification, 'estimatedHours', src.estimated_hours, 'payoff', src.payoff,
                'studyGuideUrl', src.study_guide_url, 'recordId', src.record_id, 'holderId', src.employee_id,
                'holderName', src.holder_name, 'forManager', src.for_manager, 'timeZone', ${zone}),
              'PENDING', 0, $4
         FROM src
         ${channelJoinSql({ defaults: '$5', direct: '$6', webhooks: '$7' })}
        WHERE NOT coalesce(np.quiet_digest, false)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      params,
    );
    return rows.length;
  }

  /**
   * One digest per person per ISO week listing due (window open, or deadline within 30 days when
   * there is no window) and overdue (deadline passed, within a year) renewals: managers get their
   * whole reporting line's, quiet-digest people their own.
   */
  async planDigests(date: string, employeeIds?: string[]): Promise<number> {
    const ch = channelParams(this.config);
    const params: unknown[] = [date, `DIGEST@${isoWeekOf(date)}`, isoWeekOf(date), this.clock.now().toJSDate(), ch.defaults, ch.direct, ch.webhooks];
    const scope = employeeIds ? `AND r.employee_id = ANY($${params.push(employeeIds)}::uuid[])` : '';
    const rows = await this.tx.query<{ id: string }>(
      `WITH items AS (
         SELECT r.id AS record_id, r.employee_id, e.first_name || ' ' || e.last_name AS holder_name,
                c.name AS certification, ${DEADLINE} AS deadline
           FROM ${CERTIFICATION_RECORD_VIEW} r
           JOIN ${CERTIFICATION_VIEW} c ON c.id = r.certification_id
           JOIN ${EMPLOYEE_VIEW} e ON e.id = r.employee_id AND e.status <> 'TERMINATED'
          WHERE ${CURRENT} ${scope}
            AND ${DEADLINE} >= $1::date - 365
            AND coalesce(r.window_opens_on, ${DEADLINE} - 30) <= $1::date
       ), audience AS (
         SELECT line.manager_id AS recipient_id, items.record_id FROM (${managersAboveSql('SELECT employee_id FROM items')}) line
           JOIN items ON items.employee_id = line.employee_id
         UNION
         SELECT items.employee_id, items.record_id FROM items
           JOIN notification_preference own ON own.employee_id = items.employee_id AND own.quiet_digest
       ), src AS (
         SELECT a.recipient_id, count(*) AS total, count(*) FILTER (WHERE i.deadline < $1::date) AS overdue,
                jsonb_agg(jsonb_build_object('recordId', i.record_id, 'holderId', i.employee_id, 'holderName', i.holder_name,
                  'certification', i.certification, 'deadline', i.deadline, 'overdue', i.deadline < $1::date)
                  ORDER BY i.deadline, i.holder_name) AS items
           FROM audience a JOIN items i ON i.record_id = a.record_id
          GROUP BY a.recipient_id
       )
       INSERT INTO notification_delivery (kind, record_id, reminder_point, channel, recipient_id, payload, state, attempts, next_attempt_at)
       SELECT 'DIGEST', NULL, $2, chan.channel, src.recipient_id,
              jsonb_build_object('week', $3::text, 'date', $1::date, 'total', src.total, 'overdue', src.overdue, 'items', src.items),
              'PENDING', 0, $4
         FROM src
         ${channelJoinSql({ defaults: '$5', direct: '$6', webhooks: '$7' })}
       ON CONFLICT DO NOTHING
       RETURNING id`,
      params,
    );
    return rows.length;
  }
}
