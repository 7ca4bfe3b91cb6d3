import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { badInput, Viewer } from '@app/shared';
import { CurrentViewer, SignedIn } from '@app/auth';
import { TeamOverviewService } from './team-overview.service';
import { TeamOverviewType } from './team-overview.types';

@Resolver()
export class TeamOverviewResolver {
  constructor(private readonly service: TeamOverviewService) {}

  @SignedIn()
  @Query(() => TeamOverviewType, { description: 'Your reporting line (or that of a manager in it; HR: anyone\'s) with levels and certification statuses, in one statement.' })
  teamOverview(
    @CurrentViewer() viewer: Viewer,
    @Args('managerId', { type: () => ID, nullable: true }) managerId?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<TeamOverviewType> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first', 'first must be between 1 and 200');
    return this.service.overview(viewer, managerId, first, after);
  }
}
