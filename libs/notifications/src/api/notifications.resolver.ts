import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { graphqlResult, Viewer } from '@app/shared';
import { CurrentViewer, SignedIn } from '@app/auth';
import { InboxService } from '../inbox/inbox.service';
import { PreferencesService } from '../inbox/preferences.service';
import { CalendarFeedService } from '../calendar/calendar-feed.service';
import { ChannelName } from '../entities/notification-preference.entity';
import { CreateCalendarFeedArgs, MyNotificationsArgs, NotificationPreferencesInput } from './inputs/notification.inputs';
import { CalendarFeedScopeEnum, NotificationChannelEnum } from './types/enums';
import { CalendarFeedResult, CalendarFeedType, NotificationPage, NotificationPreferencesType, NotificationType } from './types/notification.types';

const toPrefs = (p: { channels: string[]; quietDigest: boolean; isDefault: boolean }): NotificationPreferencesType =>
  Object.assign(new NotificationPreferencesType(), { channels: p.channels as NotificationChannelEnum[], quietDigest: p.quietDigest, isDefault: p.isDefault });

/** Your inbox, notification preferences and calendar feed. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly inbox: InboxService,
    private readonly preferences: PreferencesService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @SignedIn()
  @Query(() => NotificationPage, { description: 'Your in-app notifications, newest first.' })
  async myNotifications(@CurrentViewer() viewer: Viewer, @Args() args: MyNotificationsArgs) {
    const page = await this.inbox.list(viewer, args);
    return { ...page, nodes: page.nodes.map(NotificationType.from) };
  }

  @SignedIn()
  @Mutation(() => NotificationType, { description: 'Marks one of your notifications read.' })
  async markNotificationRead(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<NotificationType> {
    return NotificationType.from(await this.inbox.markRead(viewer, id));
  }

  @SignedIn()
  @Query(() => NotificationPreferencesType)
  async myNotificationPreferences(@CurrentViewer() viewer: Viewer): Promise<NotificationPreferencesType> {
    return toPrefs(await this.preferences.get(viewer));
  }

  @SignedIn()
  @Mutation(() => NotificationPreferencesType)
  async updateMyNotificationPreferences(@CurrentViewer() viewer: Viewer, @Args('input') input: NotificationPreferencesInput): Promise<NotificationPreferencesType> {
    return toPrefs(await this.preferences.update(viewer, { channels: input.channels as ChannelName[] | undefined, quietDigest: input.quietDigest }));
  }

  @SignedIn()
  @Mutation(() => CalendarFeedResult, { description: 'A new private calendar URL of renewal dates (shown once). TEAM adds your reporting line; without one, a NoReportingLineError.' })
  async createMyCalendarFeed(@CurrentViewer() viewer: Viewer, @Args() args: CreateCalendarFeedArgs): Promise<typeof CalendarFeedResult> {
    return graphqlResult(await this.feeds.create(viewer, args.scope ?? CalendarFeedScopeEnum.SELF), CalendarFeedType.from);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Revokes all your calendar feed URLs; returns how many.' })
  revokeMyCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.feeds.revokeAll(viewer);
  }
}
