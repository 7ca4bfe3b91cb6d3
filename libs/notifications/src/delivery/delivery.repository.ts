import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { EMPLOYEE_VIEW } from '@app/employees';
import type { ClaimedJob } from './channels/channel';
import type { DeliveryError } from './delivery-error';

export interface ClaimFilter {
  /** Only jobs for these recipients (targeted draining: backfills, tests, benchmarks). */
  recipientIds?: string[];
}

export interface Failure {
  id: string;
  state: 'FAILED' | 'DEAD';
  nextAttemptAt: Date;
  error: DeliveryError;
}

export interface InAppRow {
  deliveryId: string;
  recipientId: string;
  title: string;
  body: string;
  link: string | null;
}

/** The job queue's SQL: claim with SKIP LOCKED and a lease, settle only while still the holder. */
export class DeliveryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Claims up to `limit` due jobs in one statement: pending or failed, due, and not leased (or the
   * lease has run out: a crashed worker's jobs come back). Counts the attempt.
   */
  @GenerateSql({ name: 'any recipient', params: ['worker-1', SqlExample.NOW, SqlExample.LATER, 50] }, { name: 'some recipients', params: ['worker-1', SqlExample.NOW, SqlExample.LATER, 50, { recipientIds: [SqlExample.ID] }] })
  async claim(workerId: string, now: Date, leaseUntil: Date, limit: number, filter: ClaimFilter = {}): Promise<ClaimedJob[]> {
    const params: unknown[] = [workerId, now, leaseUntil, limit];
    const scope = filter.recipientIds ? `AND recipient_id = ANY($${params.push(filter.recipientIds)}::uuid[])` : '';
    return this.tx.query<ClaimedJob>(
      `WITH picked AS (
         SELECT id FROM notification_delivery
          WHERE state IN ('PENDING','FAILED') AND next_attempt_at <= $2
            AND (locked_until IS NULL OR locked_until < $2) ${scope}
          ORDER BY next_attempt_at
          LIMIT $4
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE notification_delivery d
            SET locked_by = $1, locked_until = $3, attempts = d.attempts + 1, updated_at = now()
           FROM picked WHERE d.id = picked.id
         RETURNING d.id, d.kind, d.channel, d.record_id, d.reminder_point, d.recipient_id, d.payload, d.attempts
       )
       SELECT c.id, c.kind, c.channel, c.record_id AS "recordId", c.reminder_point AS "reminderPoint",
              c.recipient_id AS "recipientId", e.email AS "recipientEmail",
              e.first_name || ' ' || e.last_name AS "recipientName", c.payload, c.attempts
         FROM claimed c JOIN ${EMPLOYEE_VIEW} e ON e.id = c.recipient_id`,
      params,
    );
  }

  /** Marks sent the jobs this worker still holds. */
  @GenerateSql({ params: ['worker-1', [SqlExample.ID], SqlExample.NOW] })
  async markSent(workerId: string, ids: string[], now: Date): Promise<number> {
    if (!ids.length) return 0;
    const result = await this.tx.query(
      `UPDATE notification_delivery SET state = 'SENT', sent_at = $3, locked_by = NULL, locked_until = NULL, last_error = NULL, last_error_code = NULL, last_error_status = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND locked_by = $2 RETURNING id`,
      [ids, workerId, now],
    );
    return updatedRows(result).length;
  }

  /** Records failures (retry later or dead), with their code and the receiver's status, for the jobs this worker still holds. */
  @GenerateSql({ params: ['worker-1', [{ id: SqlExample.ID, state: 'FAILED', nextAttemptAt: SqlExample.LATER, error: { code: 'RECEIVER_REFUSED', message: 'SMTP 421', statusCode: 421 } }]] })
  async markFailed(workerId: string, failures: Failure[]): Promise<void> {
    if (!failures.length) return;
    await this.tx.query(
      `UPDATE notification_delivery d
          SET state = f.state, next_attempt_at = f.next_at, last_error = f.error, last_error_code = f.code, last_error_status = f.status,
              locked_by = NULL, locked_until = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::int[]) AS f(id, state, next_at, error, code, status)
        WHERE d.id = f.id AND d.locked_by = $7`,
      [
        failures.map((f) => f.id),
        failures.map((f) => f.state),
        failures.map((f) => f.nextAttemptAt),
        failures.map((f) => f.error.message.slice(0, 2000)),
        failures.map((f) => f.error.code),
        failures.map((f) => f.error.statusCode),
        workerId,
      ],
    );
  }

  /** Extends the lease of everything this worker still holds (the heartbeat of a running batch). */
  @GenerateSql({ params: ['worker-1', SqlExample.LATER] })
  async renew(workerId: string, leaseUntil: Date): Promise<void> {
    await this.tx.query(`UPDATE notification_delivery SET locked_until = $2 WHERE locked_by = $1`, [workerId, leaseUntil]);
  }

  /** Hands back unsent jobs this worker still holds (shutdown): claimable at once, the attempt not counted. */
  @GenerateSql({ params: ['worker-1', [SqlExample.ID]] })
  async release(workerId: string, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const result = await this.tx.query(
      `UPDATE notification_delivery SET locked_by = NULL, locked_until = NULL, attempts = greatest(attempts - 1, 0), updated_at = now()
        WHERE id = ANY($1::uuid[]) AND locked_by = $2 RETURNING id`,
      [ids, workerId],
    );
    return updatedRows(result).length;
  }

  /** The earliest running lease on a job still to send, if any. */
  @GenerateSql({ name: 'any recipient', params: [SqlExample.NOW] }, { name: 'some recipients', params: [SqlExample.NOW, { recipientIds: [SqlExample.ID] }] })
  async nextLeaseExpiry(now: Date, filter: ClaimFilter = {}): Promise<Date | null> {
    const params: unknown[] = [now];
    const scope = filter.recipientIds ? `AND recipient_id = ANY($${params.push(filter.recipientIds)}::uuid[])` : '';
    const [row] = await this.tx.query<{ at: Date | null }>(
      `SELECT min(locked_until) AS at FROM notification_delivery WHERE state IN ('PENDING','FAILED') AND locked_until > $1 ${scope}`,
      params,
    );
    return row?.at ? new Date(row.at) : null;
  }

  /** Writes in-app notifications (at most one per delivery) and marks them sent, in one transaction. */
  @GenerateSql({ params: ['worker-1', [{ deliveryId: SqlExample.ID, recipientId: SqlExample.ID_2, title: 'Renewal due', body: 'Renew by June', link: null }], SqlExample.NOW] })
  async deliverInApp(workerId: string, rows: InAppRow[], now: Date): Promise<number> {
    if (!rows.length) return 0;
    return this.tx.run(async () => {
      await this.tx.query(
        `INSERT INTO notification (recipient_id, title, body, link, delivery_id)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])
         ON CONFLICT DO NOTHING`,
        [rows.map((r) => r.recipientId), rows.map((r) => r.title), rows.map((r) => r.body), rows.map((r) => r.link), rows.map((r) => r.deliveryId)],
      );
      return this.markSent(workerId, rows.map((r) => r.deliveryId), now);
    });
  }
}

/** Rows of an UPDATE … RETURNING through TypeORM's query(), which answers [rows, count] for updates. */
export function updatedRows<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number' ? r[0] : r) as T[];
}
