import { Module } from '@nestjs/common';
import { DeliveryModule } from './delivery/delivery.module';
import { DeadLetterService } from './delivery/dead-letter.service';
import { ScheduleService } from './planning/schedule.service';
import { InboxService } from './inbox/inbox.service';
import { PreferencesService } from './inbox/preferences.service';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { CalendarController } from './calendar/calendar.controller';
import { NotificationsResolver } from './api/notifications.resolver';
import { NotificationAdminResolver } from './api/notification-admin.resolver';

/** Renewal reminders, digests, in-app inbox, preferences and calendar feeds. */
@Module({
  imports: [DeliveryModule],
  providers: [DeadLetterService, ScheduleService, InboxService, PreferencesService, CalendarFeedService, NotificationsResolver, NotificationAdminResolver],
  controllers: [CalendarController],
  exports: [DeliveryModule],
})
export class NotificationsModule {}
