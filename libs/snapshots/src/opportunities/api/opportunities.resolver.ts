import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKeys, loaderFor, PageArgs, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { EmployeePage, EmployeeType } from '@app/employees/graphql';
import { OpportunitiesService } from '../opportunities.service';
import { OpportunityRepository } from '../opportunity.repository';
import { CreateOpportunityInput } from './inputs/opportunity.inputs';
import { MyOpportunitiesType, OneStepAwayType, OpportunityRequirementType, OpportunityType } from './types/opportunity.types';

@Resolver(() => OpportunityType)
export class OpportunitiesResolver {
  constructor(
    private readonly service: OpportunitiesService,
    private readonly repo: OpportunityRepository,
  ) {}

  @SignedIn()
  @Query(() => [OpportunityType], { description: 'Active projects, internal gigs and communities of practice.' })
  async opportunities(): Promise<OpportunityType[]> {
    return (await this.service.list()).map(OpportunityType.from);
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => EmployeePage, { description: 'Employees meeting every requirement: everyone for HR, your reporting line for a manager.' })
  async eligibleEmployees(@CurrentViewer() viewer: Viewer, @Args('opportunityId', { type: () => ID }) opportunityId: string, @Args() args: PageArgs) {
    const page = await this.service.eligibleEmployees(viewer, opportunityId, args.first ?? 50, args.after);
    return { ...page, nodes: page.nodes.map(EmployeeType.from) };
  }

  @SignedIn()
  @Query(() => MyOpportunitiesType, { description: 'Opportunities you are eligible for, and those you are one requirement away from.' })
  async myOpportunities(@CurrentViewer() viewer: Viewer): Promise<MyOpportunitiesType> {
    const mine = await this.service.mine(viewer);
    return {
      eligible: mine.eligible.map(OpportunityType.from),
      oneStepAway: mine.oneStepAway.map((s): OneStepAwayType => ({ opportunity: OpportunityType.from(s.opportunity), missing: OpportunityRequirementType.from(s.missing) })),
    };
  }

  @Allow('HR_ADMIN')
  @Mutation(() => OpportunityType)
  async createOpportunity(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOpportunityInput): Promise<OpportunityType> {
    return OpportunityType.from(await this.service.create(viewer, input));
  }

  @ResolveField(() => [OpportunityRequirementType])
  async requirements(o: OpportunityType, _args: unknown, ctx: object): Promise<OpportunityRequirementType[]> {
    const rows = await loaderFor(ctx, 'opportunityRequirements', (ids: readonly string[]) => this.repo.requirementsOf(ids).then((r) => groupByKeys(ids, r, (x) => x.opportunity_id))).load(o.id);
    return rows.map(OpportunityRequirementType.from);
  }
}
