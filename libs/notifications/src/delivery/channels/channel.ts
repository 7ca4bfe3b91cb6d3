import type { RenderedMessage } from '../message';

/** A claimed job as a channel sees it: who gets what. */
export interface ClaimedJob {
  id: string;
  kind: 'REMINDER' | 'DIGEST';
  channel: string;
  recordId: string | null;
  reminderPoint: string;
  recipientId: string;
  recipientEmail: string;
  recipientName: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Sends one message outside any transaction; throws to have the job retried. */
export interface DeliveryChannel {
  send(job: ClaimedJob, message: RenderedMessage): Promise<void>;
  close?(): Promise<void>;
}

/** The channels a worker can send on: EMAIL, WEBHOOK:<name> (IN_APP is written in the settling transaction). */
export interface ChannelSet {
  resolve(channel: string): DeliveryChannel | null;
  close(): Promise<void>;
}
