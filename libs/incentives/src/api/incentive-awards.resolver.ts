import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, loaderFor, Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { EmployeeRefType } from '@app/employees/graphql';
import { IncentivesService } from '../incentives.service';
import { IncentiveRepository } from '../incentive.repository';
import { IncentiveAwardType, IncentiveRuleType } from './types/incentive.types';

/** An award's rule and person, by name: one query each per request however many awards are listed. */
@Resolver(() => IncentiveAwardType)
export class IncentiveAwardsResolver {
  constructor(
    private readonly service: IncentivesService,
    private readonly repo: IncentiveRepository,
    private readonly employees: EmployeeRepository,
  ) {}

  @Allow('HR_ADMIN')
  @Query(() => [IncentiveAwardType], { description: 'Awards waiting for HR to approve or reject, oldest first.' })
  async incentiveAwardsAwaitingApproval(@CurrentViewer() viewer: Viewer): Promise<IncentiveAwardType[]> {
    const pending = await this.service.listAwards(viewer, undefined, 'PENDING');
    return pending.map(IncentiveAwardType.from).sort((a, b) => a.metOn.localeCompare(b.metOn) || a.createdAt.getTime() - b.createdAt.getTime());
  }

  @ResolveField(() => IncentiveRuleType)
  async rule(@Parent() a: IncentiveAwardType, @Context() ctx: object): Promise<IncentiveRuleType> {
    const rule = await loaderFor(ctx, 'incentives.ruleById', (ids: readonly string[]) => this.repo.rulesByIds(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(a.ruleId);
    return IncentiveRuleType.from(rule!); // award.rule_id is a RESTRICT foreign key
  }

  @ResolveField(() => EmployeeRefType, { description: 'Who earned it.' })
  async employee(@Parent() a: IncentiveAwardType, @Context() ctx: object): Promise<EmployeeRefType> {
    const e = await loaderFor(ctx, 'employeeById', (ids: readonly string[]) => this.employees.findByIds(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(a.employeeId);
    return EmployeeRefType.from(e!); // award.employee_id cascades on delete
  }
}
