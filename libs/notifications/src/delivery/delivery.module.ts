import { Module } from '@nestjs/common';
import { loadNotificationsConfig, NotificationsConfig } from '../config/notifications-config';
import { ReminderPlanner } from '../planning/reminder-planner';
import { configuredChannels } from './channels/configured-channels';
import { CHANNEL_SET, DeliveryLoop } from './delivery-loop';

/** Planner, channels and the background loop (used by the API and the worker process). */
@Module({
  providers: [
    { provide: NotificationsConfig, useFactory: () => loadNotificationsConfig() },
    { provide: CHANNEL_SET, inject: [NotificationsConfig], useFactory: configuredChannels },
    ReminderPlanner,
    DeliveryLoop,
  ],
  exports: [NotificationsConfig, ReminderPlanner, DeliveryLoop, CHANNEL_SET],
})
export class DeliveryModule {}
