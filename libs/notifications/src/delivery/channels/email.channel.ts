import nodemailer, { Transporter } from 'nodemailer';
import type { RenderedMessage } from '../message';
import type { ClaimedJob, DeliveryChannel } from './channel';
import { DELIVERY_ID_HEADER } from './webhook.channel';
import { DeliveryError, thrownDeliveryError } from '../delivery-error';

/**
 * Email over SMTP (nodemailer, pooled). The Message-ID (`<delivery id@skillpath.notifications>`) and
 * the Skillpath-Delivery-Id header come from the delivery id, so a message re-sent after a crash
 * between send and record is recognisable as a duplicate by the receiver.
 */
export class EmailChannel implements DeliveryChannel {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly baseUrl: string,
    timeoutMs: number,
  ) {
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 5,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  /** An SMTP error reply is RECEIVER_REFUSED with its code; no answer is UNREACHABLE. */
  async send(job: ClaimedJob, message: RenderedMessage): Promise<DeliveryError | null> {
    const link = message.link ? `\n\n${this.baseUrl.replace(/\/$/, '')}${message.link}` : '';
    try {
      await this.transport.sendMail({
        from: this.from,
        to: { name: job.recipientName, address: job.recipientEmail },
        subject: message.title,
        text: `${message.text}${link}\n`,
        messageId: `<${job.id}@skillpath.notifications>`,
        headers: { [DELIVERY_ID_HEADER]: job.id, 'X-Skillpath-Delivery': job.id },
      });
      return null;
    } catch (e) {
      return thrownDeliveryError(e);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
