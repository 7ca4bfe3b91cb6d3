import type { RenderedMessage } from '../message';
import type { DeliveryError } from '../delivery-error';

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

/** Sends one message outside any transaction; a failure is returned as a value (null: sent) and the job retried. */
export interface DeliveryChannel {
  send(job: ClaimedJob, message: RenderedMessage): Promise<DeliveryError | null>;
  close?(): Promise<void>;
}

/** The channels a worker can send on: EMAIL, WEBHOOK:<name> (IN_APP is written in the settling transaction). */
export interface ChannelSet {
  resolve(channel: string): DeliveryChannel | null;
  close(): Promise<void>;
}
