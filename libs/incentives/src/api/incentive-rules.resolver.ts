import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { graphqlResult, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { IncentiveRulesService } from '../incentive-rules.service';
import { IncentiveRuleResult, IncentiveRuleType } from './types/incentive.types';
import { CreateIncentiveRuleInput, UpdateIncentiveRuleInput } from './inputs/incentive.inputs';

/** Incentive rules: everyone signed in reads them, HR writes them. */
@Resolver(() => IncentiveRuleType)
export class IncentiveRulesResolver {
  constructor(private readonly service: IncentiveRulesService) {}

  @SignedIn()
  @Query(() => [IncentiveRuleType], { description: 'What each certification and path level pays off; inactive rules only with includeInactive.' })
  async incentiveRules(@Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean): Promise<IncentiveRuleType[]> {
    return (await this.service.listRules(includeInactive)).map(IncentiveRuleType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => IncentiveRuleResult)
  async createIncentiveRule(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateIncentiveRuleInput): Promise<typeof IncentiveRuleResult> {
    return graphqlResult(await this.service.createRule(viewer, input), IncentiveRuleType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => IncentiveRuleResult, { description: 'Edits a rule; awards already made keep their amount.' })
  async updateIncentiveRule(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateIncentiveRuleInput): Promise<typeof IncentiveRuleResult> {
    return graphqlResult(await this.service.updateRule(viewer, input), IncentiveRuleType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => IncentiveRuleType, { description: 'Stops a rule making new awards; the awards it made stay.' })
  async deactivateIncentiveRule(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<IncentiveRuleType> {
    return IncentiveRuleType.from(await this.service.setActive(viewer, id, false));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => IncentiveRuleType, { description: 'Lets a deactivated rule make awards again (at the next evaluation).' })
  async reactivateIncentiveRule(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<IncentiveRuleType> {
    return IncentiveRuleType.from(await this.service.setActive(viewer, id, true));
  }
}
