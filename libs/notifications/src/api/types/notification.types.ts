import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, DateTimeScalar, JsonScalar, PageOf, resultUnion } from '@app/shared';
import { Notification } from '../../entities/notification.entity';
import { NotificationDelivery } from '../../entities/notification-delivery.entity';
import type { CalendarFeed } from '../../calendar/calendar-feed.service';
import { CalendarFeedScopeEnum, DeliveryErrorCodeEnum, DeliveryStateEnum, NotificationChannelEnum } from './enums';
import type { DeliveryErrorCode } from '../../delivery/delivery-error';

@ObjectType('Notification', { description: 'An in-app notification in your inbox.' })
export class NotificationType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) readAt: Date | null;

  static from(n: Notification): NotificationType {
    return Object.assign(new NotificationType(), { id: n.id, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt, readAt: n.readAt });
  }
}

@ObjectType('NotificationDelivery', { description: 'One message to one recipient on one channel, and its sending state.' })
export class NotificationDeliveryType {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field(() => ID, { nullable: true }) recordId: string | null;
  @Field({ description: 'What was reminded for which date, e.g. DAYS_BEFORE_30@2026-06-01 or DIGEST@2026-W23.' }) reminderPoint: string;
  @Field({ description: 'EMAIL, IN_APP or WEBHOOK:<name>.' }) channel: string;
  @Field(() => ID) recipientId: string;
  @Field(() => DeliveryStateEnum) state: DeliveryStateEnum;
  @Field(() => Int) attempts: number;
  @Field(() => DateTimeScalar) nextAttemptAt: Date;
  @Field(() => String, { nullable: true, description: 'What the last failed attempt ran into, in words.' }) lastError: string | null;
  @Field(() => DeliveryErrorCodeEnum, { nullable: true, description: 'Why the last attempt failed; null once sent.' }) lastErrorCode: DeliveryErrorCode | null;
  @Field(() => Int, { nullable: true, description: "The receiver's answer to the last failed attempt (HTTP status or SMTP reply code), when it gave one." }) lastErrorStatus: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt: Date | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
  @Field(() => JsonScalar) payload: object;

  static from(d: NotificationDelivery): NotificationDeliveryType {
    return Object.assign(new NotificationDeliveryType(), {
      id: d.id,
      kind: d.kind,
      recordId: d.recordId,
      reminderPoint: d.reminderPoint,
      channel: d.channel,
      recipientId: d.recipientId,
      state: d.state as DeliveryStateEnum,
      attempts: d.attempts,
      nextAttemptAt: d.nextAttemptAt,
      lastError: d.lastError,
      lastErrorCode: d.lastErrorCode,
      lastErrorStatus: d.lastErrorStatus,
      sentAt: d.sentAt,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      payload: d.payload,
    });
  }
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field(() => [NotificationChannelEnum]) channels: NotificationChannelEnum[];
  @Field({ description: 'Only the weekly digest instead of individual reminders.' }) quietDigest: boolean;
  @Field({ description: 'True while you have not set preferences (the defaults apply).' }) isDefault: boolean;
}

@ObjectType('ReminderSchedule', { description: 'When holders of a certification are reminded to renew it.' })
export class ReminderScheduleType {
  @Field(() => ID) certificationId: string;
  @Field() onWindowOpen: boolean;
  @Field(() => [Int], { description: 'Days before the deadline, e.g. [30, 7].' }) daysBefore: number[];
  @Field() onExpiry: boolean;
  @Field() notifyManager: boolean;
  @Field({ description: 'True when none is configured and the default applies.' }) isDefault: boolean;
}

@ObjectType('CalendarFeed', { description: 'A private calendar URL; the URL is shown only once.' })
export class CalendarFeedType {
  @Field() url: string;
  @Field(() => CalendarFeedScopeEnum) scope: CalendarFeedScopeEnum;
  @Field(() => DateTimeScalar) createdAt: Date;

  static from(f: CalendarFeed): CalendarFeedType {
    return Object.assign(new CalendarFeedType(), { ...f, scope: f.scope as CalendarFeedScopeEnum });
  }
}

@BusinessErrorType('DeliveryNotDeadError', [C.DELIVERY_NOT_DEAD], { description: 'Only a delivery that failed every attempt (DEAD) can be replayed; this one is left as it is.' })
export class DeliveryNotDeadError extends BusinessError {
  @Field(() => DeliveryStateEnum, { description: 'Where the delivery stands.' }) state: DeliveryStateEnum;
}

@BusinessErrorType('NoReportingLineError', [C.NO_REPORTING_LINE], { description: 'Nobody reports to you, so there is no team to cover.' })
export class NoReportingLineError extends BusinessError {}

export const ReplayDeadLetterResult = resultUnion('ReplayDeadLetterResult', NotificationDeliveryType, [C.DELIVERY_NOT_DEAD]);
export const CalendarFeedResult = resultUnion('CalendarFeedResult', CalendarFeedType, [C.NO_REPORTING_LINE]);

export const NotificationPage = PageOf(NotificationType, 'Notification');
export const NotificationDeliveryPage = PageOf(NotificationDeliveryType, 'NotificationDelivery');
