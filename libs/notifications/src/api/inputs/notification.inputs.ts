import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageArgs } from '@app/shared';
import { CalendarFeedScopeEnum, NotificationChannelEnum } from '../types/enums';

@InputType()
export class ReminderScheduleInput {
  @Field(() => ID) @IsUUID() certificationId: string;
  @Field() @IsBoolean() onWindowOpen: boolean;
  @Field(() => [Int]) @ArrayUnique() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(1, { each: true }) @Max(365, { each: true }) daysBefore: number[];
  @Field() @IsBoolean() onExpiry: boolean;
  @Field() @IsBoolean() notifyManager: boolean;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => [NotificationChannelEnum], { nullable: true }) @IsOptional() @ArrayUnique() @IsEnum(NotificationChannelEnum, { each: true }) channels?: NotificationChannelEnum[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() quietDigest?: boolean;
}

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() unreadOnly?: boolean;
}

@ArgsType()
export class CreateCalendarFeedArgs {
  @Field(() => CalendarFeedScopeEnum, { nullable: true, defaultValue: CalendarFeedScopeEnum.SELF }) @IsOptional() @IsEnum(CalendarFeedScopeEnum) scope?: CalendarFeedScopeEnum;
}
