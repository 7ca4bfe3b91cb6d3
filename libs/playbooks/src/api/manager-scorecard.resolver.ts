import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@app/shared';
import { CurrentViewer, SignedIn } from '@app/auth';
import { ManagerScorecardService } from '../manager-scorecard.service';
import { ManagerScorecardType } from './types/playbook.types';

@Resolver(() => ManagerScorecardType)
export class ManagerScorecardResolver {
  constructor(private readonly service: ManagerScorecardService) {}

  @SignedIn()
  @Query(() => ManagerScorecardType, { description: 'A manager\'s development scorecard for a month (default: yours; this month), every figure taken at the month\'s end (today for this month).' })
  async managerScorecard(
    @CurrentViewer() viewer: Viewer,
    @Args('managerId', { type: () => ID, nullable: true }) managerId?: string,
    @Args('month', { nullable: true, description: 'yyyy-MM' }) month?: string,
  ): Promise<ManagerScorecardType> {
    const s = await this.service.scorecard(viewer, managerId ?? viewer.employeeId, month);
    const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 1000 : null);
    return Object.assign(new ManagerScorecardType(), {
      managerId: s.managerId,
      month: s.month,
      asOf: s.asOf,
      teamSize: s.teamSize,
      conversations: s.conversations,
      conversationsPerPerson: ratio(s.conversations, s.teamSize) ?? 0,
      teamWithNewBehaviour: s.withNewBehaviour,
      shareWithNewBehaviour: ratio(s.withNewBehaviour, s.teamSize),
      stepsDone: s.stepsDone,
      stepsDoneOnTime: s.stepsDoneOnTime,
      stepsOverdue: s.stepsOverdue,
      onTimeRate: ratio(s.stepsDoneOnTime, s.stepsDone + s.stepsOverdue),
    });
  }
}
