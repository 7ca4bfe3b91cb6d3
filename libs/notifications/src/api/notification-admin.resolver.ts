import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { graphqlResult, PageArgs, Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { ScheduleService } from '../planning/schedule.service';
import { DeadLetterService } from '../delivery/dead-letter.service';
import { ReminderScheduleInput } from './inputs/notification.inputs';
import { NotificationDeliveryPage, NotificationDeliveryType, ReminderScheduleType, ReplayDeadLetterResult } from './types/notification.types';

const toSchedule = (s: ReminderScheduleType) => Object.assign(new ReminderScheduleType(), s);

/** HR: reminder schedules and the dead-letter list. */
@Resolver()
export class NotificationAdminResolver {
  constructor(
    private readonly schedules: ScheduleService,
    private readonly deadLetterService: DeadLetterService,
  ) {}

  @Allow('HR_ADMIN')
  @Query(() => ReminderScheduleType, { description: "A certification's reminder schedule (the default when none is set)." })
  async certificationReminderSchedule(@Args('certificationId', { type: () => ID }) certificationId: string): Promise<ReminderScheduleType> {
    return toSchedule(await this.schedules.get(certificationId));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => ReminderScheduleType)
  async updateCertificationReminderSchedule(@CurrentViewer() viewer: Viewer, @Args('input') input: ReminderScheduleInput): Promise<ReminderScheduleType> {
    return toSchedule(await this.schedules.update(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Query(() => NotificationDeliveryPage, { description: 'Deliveries that failed every attempt, most recent first.' })
  async deadLetters(@Args() args: PageArgs) {
    const page = await this.deadLetterService.list(args);
    return { ...page, nodes: page.nodes.map(NotificationDeliveryType.from) };
  }

  @Allow('HR_ADMIN')
  @Mutation(() => ReplayDeadLetterResult, { description: 'Queues a dead delivery again with fresh attempts; one that is not DEAD is a DeliveryNotDeadError.' })
  async replayDeadLetter(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<typeof ReplayDeadLetterResult> {
    return graphqlResult(await this.deadLetterService.replay(viewer, id), NotificationDeliveryType.from);
  }
}
