/**
 * Why a delivery attempt failed. Channels return it as a value and the worker stores its code and the receiver's
 * status with the delivery, so nothing ever reads the reason back out of the message text.
 * - RENDER_FAILED: the message could not be rendered from the delivery's payload;
 * - CHANNEL_NOT_CONFIGURED: no email server or webhook of that name is configured;
 * - RECEIVER_REFUSED: the receiver answered with an error (`statusCode`: the webhook's HTTP status, the SMTP reply code);
 * - UNREACHABLE: no answer (connection refused, DNS, timeout).
 */
export const DELIVERY_ERROR_CODES = ['RENDER_FAILED', 'CHANNEL_NOT_CONFIGURED', 'RECEIVER_REFUSED', 'UNREACHABLE'] as const;
export type DeliveryErrorCode = (typeof DELIVERY_ERROR_CODES)[number];

export interface DeliveryError {
  code: DeliveryErrorCode;
  /** What happened, for HR reading the dead letters. */
  message: string;
  /** The receiver's answer, when it gave one. */
  statusCode: number | null;
}

export function deliveryError(code: DeliveryErrorCode, message: string, statusCode: number | null = null): DeliveryError {
  return { code, message, statusCode };
}

/**
 * A send that threw: RECEIVER_REFUSED with the reply code when the server answered (nodemailer's `responseCode`),
 * else UNREACHABLE.
 */
export function thrownDeliveryError(error: unknown): DeliveryError {
  const message = error instanceof Error ? error.message : String(error);
  const reply = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof reply === 'number' ? deliveryError('RECEIVER_REFUSED', message, reply) : deliveryError('UNREACHABLE', message);
}
