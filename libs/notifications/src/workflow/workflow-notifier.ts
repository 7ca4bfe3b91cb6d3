import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';

/** One in-app notice of a workflow event for one person; `eventKey` names the event (e.g. `run-started:<id>`). */
export interface WorkflowNotice {
  recipientId: string;
  eventKey: string;
  title: string;
  body: string;
  link: string;
}

/**
 * Writes workflow notices to in-app inboxes, in the caller's transaction (so a refused or rolled
 * back change notifies no one). Each (person, event) is written once, however often it is sent.
 */
@Injectable()
export class WorkflowNotifier {
  constructor(private readonly tx: TransactionHost) {}

  /** Returns how many notices were new. */
  async notify(notices: readonly WorkflowNotice[]): Promise<number> {
    const seen = new Set<string>();
    const rows = notices.filter((n) => {
      const key = `${n.recipientId} ${n.eventKey}`;
      return !seen.has(key) && seen.add(key);
    });
    if (!rows.length) return 0;
    const inserted = await this.tx.query<{ id: string }>(
      `INSERT INTO notification (recipient_id, event_key, title, body, link)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (recipient_id, event_key) WHERE event_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [rows.map((r) => r.recipientId), rows.map((r) => r.eventKey), rows.map((r) => r.title), rows.map((r) => r.body), rows.map((r) => r.link)],
    );
    return inserted.length;
  }
}
