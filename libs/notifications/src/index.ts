export * from './entities/reminder-schedule.entity';
export * from './entities/notification-delivery.entity';
export * from './entities/notification.entity';
export * from './entities/notification-preference.entity';
export * from './entities/calendar-feed-token.entity';
export * from './config/notifications-config';
export * from './planning/reminder-planner';
export * from './delivery/channels/channel';
export * from './delivery/delivery-error';
export * from './delivery/channels/email.channel';
export * from './delivery/channels/webhook.channel';
export * from './delivery/channels/configured-channels';
export * from './delivery/delivery.repository';
export * from './delivery/delivery-worker';
export * from './delivery/delivery-jobs';
export * from './delivery/delivery.module';
export * from './delivery/message';
export * from './delivery/throughput';
export * from './workflow/workflow-notifier';
export * from './workflow/step-due.notices';
export * from './notifications.module';

import { CertificationReminderSchedule } from './entities/reminder-schedule.entity';
import { NotificationDelivery } from './entities/notification-delivery.entity';
import { Notification } from './entities/notification.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { CalendarFeedToken } from './entities/calendar-feed-token.entity';

/** This lib's tables, for ALL_ENTITIES. */
export const NOTIFICATION_ENTITIES = [CertificationReminderSchedule, NotificationDelivery, Notification, NotificationPreference, CalendarFeedToken];
