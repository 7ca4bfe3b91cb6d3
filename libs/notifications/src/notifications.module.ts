import { Module } from '@nestjs/common';
import { DeliveryModule } from './delivery/delivery.module';
import { DeadLetterService } from './delivery/dead-letter.service';
import { ScheduleService } from './planning/schedule.service';
import { InboxService } from './inbox/inbox.service';
import { PreferencesService } from './inbox/preferences.service';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { CalendarFeedRepository } from './calendar/calendar-feed.repository';
import { DeadLetterRepository } from './delivery/dead-letter.repository';
import { InboxRepository } from './inbox/inbox.repository';
import { PreferenceRepository } from './inbox/preference.repository';
import { ReminderScheduleRepository } from './planning/reminder-schedule.repository';
import { CalendarController } from './calendar/calendar.controller';
import { NotificationsResolver } from './api/notifications.resolver';
import { NotificationAdminResolver } from './api/notification-admin.resolver';
import { EmployeesModule } from '@app/employees';
import { PlaybooksModule } from '@app/playbooks';
import { IncentivesModule } from '@app/incentives';
import { WorkflowNotifier } from './workflow/workflow-notifier';
import { WorkflowNoticesListener } from './workflow/workflow-notices.listener';
import { StepDueNotices } from './workflow/step-due.notices';

/** Renewal reminders, digests, workflow notices, in-app inbox, preferences and calendar feeds. */
@Module({
  imports: [DeliveryModule, EmployeesModule, PlaybooksModule, IncentivesModule],
  providers: [
    DeadLetterService, ScheduleService, InboxService, PreferencesService, CalendarFeedService, NotificationsResolver, NotificationAdminResolver,
    DeadLetterRepository, ReminderScheduleRepository, InboxRepository, PreferenceRepository, CalendarFeedRepository,
    WorkflowNotifier, WorkflowNoticesListener, StepDueNotices,
  ],
  controllers: [CalendarController],
  exports: [DeliveryModule, StepDueNotices, WorkflowNotifier],
})
export class NotificationsModule {}
