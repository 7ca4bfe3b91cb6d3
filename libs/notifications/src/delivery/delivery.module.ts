import { Module } from '@nestjs/common';
import { AppConfig } from '@app/shared';
import { loadNotificationsConfig, NotificationsConfig } from '../config/notifications-config';
import { ReminderPlanner } from '../planning/reminder-planner';
import { configuredChannels } from './channels/configured-channels';
import { CHANNEL_SET, DeliveryJobs } from './delivery-jobs';

/** Planner, channels and the delivery jobs (used by the API and the worker process). */
@Module({
  providers: [
    // Links and feed URLs use the app's public base URL (PUBLIC_BASE_URL, else the address served).
    { provide: NotificationsConfig, inject: [AppConfig], useFactory: (app: AppConfig) => loadNotificationsConfig(process.env, { PUBLIC_BASE_URL: app.publicBaseUrl }) },
    { provide: CHANNEL_SET, inject: [NotificationsConfig], useFactory: configuredChannels },
    ReminderPlanner,
    DeliveryJobs,
  ],
  exports: [NotificationsConfig, ReminderPlanner, DeliveryJobs, CHANNEL_SET],
})
export class DeliveryModule {}
