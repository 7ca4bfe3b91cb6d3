import { registerEnumType } from '@nestjs/graphql';
import { DELIVERY_ERROR_CODES, DeliveryErrorCode } from '../../delivery/delivery-error';

export enum NotificationChannelEnum { EMAIL = 'EMAIL', IN_APP = 'IN_APP', WEBHOOK = 'WEBHOOK' }
export enum DeliveryStateEnum { PENDING = 'PENDING', SENT = 'SENT', FAILED = 'FAILED', DEAD = 'DEAD' }
export enum CalendarFeedScopeEnum { SELF = 'SELF', TEAM = 'TEAM' }
registerEnumType(NotificationChannelEnum, { name: 'NotificationChannel', description: 'EMAIL (SMTP), IN_APP (inbox), WEBHOOK (every configured outgoing webhook).' });
registerEnumType(DeliveryStateEnum, { name: 'DeliveryState' });
registerEnumType(CalendarFeedScopeEnum, { name: 'CalendarFeedScope', description: 'SELF: your own renewals; TEAM: also your reporting line.' });

export const DeliveryErrorCodeEnum = Object.fromEntries(DELIVERY_ERROR_CODES.map((c) => [c, c])) as { [K in DeliveryErrorCode]: K };
registerEnumType(DeliveryErrorCodeEnum, {
  name: 'DeliveryErrorCode',
  description:
    'Why a delivery attempt failed. RENDER_FAILED: the message could not be rendered; CHANNEL_NOT_CONFIGURED: no such email server or webhook; RECEIVER_REFUSED: the receiver answered with an error (lastErrorStatus); UNREACHABLE: no answer.',
});
