import { createHmac } from 'node:crypto';
import type { WebhookTarget } from '../../config/notifications-config';
import type { RenderedMessage } from '../message';
import type { ClaimedJob, DeliveryChannel } from './channel';
import { DeliveryError, deliveryError, thrownDeliveryError } from '../delivery-error';

/** `sha256=<hex HMAC-SHA256 of the raw body>` with the webhook's secret. */
export function signBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** The header carrying a delivery's idempotency key (its id, the same on every attempt). */
export const DELIVERY_ID_HEADER = 'Skillpath-Delivery-Id';

/**
 * Outgoing webhook: a JSON POST with a Slack-compatible `text`, signed in X-Skillpath-Signature.
 * Skillpath-Delivery-Id (also X-Skillpath-Delivery, and `deliveryId` in the body) carries the
 * delivery id: a receiver that has seen it drops the repeat. A non-2xx answer is RECEIVER_REFUSED with its status.
 */
export class WebhookChannel implements DeliveryChannel {
  constructor(
    private readonly target: WebhookTarget,
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  async send(job: ClaimedJob, message: RenderedMessage): Promise<DeliveryError | null> {
    const link = message.link ? `${this.baseUrl.replace(/\/$/, '')}${message.link}` : null;
    const body = JSON.stringify({
      text: message.text,
      event: job.kind === 'DIGEST' ? 'renewals.digest' : 'certification.reminder',
      deliveryId: job.id,
      title: message.title,
      link,
      recipient: { id: job.recipientId, name: job.recipientName, email: job.recipientEmail },
      reminderPoint: job.reminderPoint,
      recordId: job.recordId,
      data: job.payload,
    });
    let res: Response;
    try {
      res = await fetch(this.target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-skillpath-signature': signBody(this.target.secret, body), [DELIVERY_ID_HEADER]: job.id, 'x-skillpath-delivery': job.id },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      return thrownDeliveryError(e);
    }
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? null : deliveryError('RECEIVER_REFUSED', `Webhook ${this.target.name} answered HTTP ${res.status}`, res.status);
  }
}
