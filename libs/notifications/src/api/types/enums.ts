import { registerEnumType } from '@nestjs/graphql';

export enum NotificationChannelEnum { EMAIL = 'EMAIL', IN_APP = 'IN_APP', WEBHOOK = 'WEBHOOK' }
export enum DeliveryStateEnum { PENDING = 'PENDING', SENT = 'SENT', FAILED = 'FAILED', DEAD = 'DEAD' }
export enum CalendarFeedScopeEnum { SELF = 'SELF', TEAM = 'TEAM' }
registerEnumType(NotificationChannelEnum, { name: 'NotificationChannel', description: 'EMAIL (SMTP), IN_APP (inbox), WEBHOOK (every configured outgoing webhook).' });
registerEnumType(DeliveryStateEnum, { name: 'DeliveryState' });
registerEnumType(CalendarFeedScopeEnum, { name: 'CalendarFeedScope', description: 'SELF: your own renewals; TEAM: also your reporting line.' });
