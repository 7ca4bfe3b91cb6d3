import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, graphqlResult, groupByKeys, loaderFor, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { EmployeeRefType } from '@app/employees/graphql';
import { PracticeBudgetsService } from '../practice-budgets.service';
import { BudgetUsage, PracticeBudgetRepository } from '../practice-budget.repository';
import {
  MetricAdjustmentType,
  PracticeBudgetDefaultType,
  PracticeBudgetType,
  PracticeBudgetUsageType,
  PracticeExtensionType,
  PracticeSessionType,
} from './types/practice.types';
import { MetricAdjustmentResult, PracticeBudgetResult, PracticeExtensionResult, PracticeSessionResult } from './types/practice-results';
import {
  AttachMetricAdjustmentInput,
  DecidePracticeInput,
  LogPracticeSessionInput,
  ProposePracticeBudgetInput,
  RequestPracticeExtensionInput,
  SetPracticeBudgetDefaultInput,
} from './inputs/practice.inputs';

@Resolver(() => PracticeBudgetType)
export class PracticeBudgetsResolver {
  constructor(
    private readonly service: PracticeBudgetsService,
    private readonly repo: PracticeBudgetRepository,
    private readonly employees: EmployeeRepository,
  ) {}

  @SignedIn()
  @Query(() => PracticeBudgetType, { description: 'One budget: your own, one in your reporting line, or any for HR.' })
  async practiceBudget(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PracticeBudgetType> {
    return PracticeBudgetType.from(await this.service.get(viewer, id));
  }

  @SignedIn()
  @Query(() => [PracticeBudgetType], { description: 'Budgets you may see (yours, your reporting line\'s; all for HR), optionally of one employee.' })
  async practiceBudgets(@CurrentViewer() viewer: Viewer, @Args('employeeId', { type: () => ID, nullable: true }) employeeId?: string): Promise<PracticeBudgetType[]> {
    return (await this.service.list(viewer, employeeId)).map(PracticeBudgetType.from);
  }

  @SignedIn()
  @Query(() => [PracticeBudgetType], { description: 'Your own practice budgets.' })
  async myPracticeBudgets(@CurrentViewer() viewer: Viewer): Promise<PracticeBudgetType[]> {
    return (await this.service.list(viewer, viewer.employeeId)).map(PracticeBudgetType.from);
  }

  @SignedIn()
  @Query(() => [PracticeBudgetDefaultType], { description: 'HR\'s default practice hours per path level or program.' })
  async practiceBudgetDefaults(): Promise<PracticeBudgetDefaultType[]> {
    return (await this.service.listDefaults()).map(PracticeBudgetDefaultType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PracticeBudgetDefaultType)
  async setPracticeBudgetDefault(@CurrentViewer() viewer: Viewer, @Args('input') input: SetPracticeBudgetDefaultInput): Promise<PracticeBudgetDefaultType> {
    return PracticeBudgetDefaultType.from(await this.service.setDefault(viewer, input));
  }

  @SignedIn()
  @Mutation(() => PracticeBudgetResult, { description: 'A manager in the employee\'s line (or HR) proposes a budget.' })
  async proposePracticeBudget(@CurrentViewer() viewer: Viewer, @Args('input') input: ProposePracticeBudgetInput) {
    return graphqlResult(await this.service.propose(viewer, input), PracticeBudgetType.from);
  }

  @SignedIn()
  @Mutation(() => PracticeBudgetResult, { description: 'The proposer\'s manager or HR approves or rejects, before the period starts.' })
  async decidePracticeBudget(@CurrentViewer() viewer: Viewer, @Args('input') input: DecidePracticeInput) {
    return graphqlResult(await this.service.decideBudget(viewer, input), PracticeBudgetType.from);
  }

  @SignedIn()
  @Mutation(() => PracticeExtensionResult)
  async requestPracticeExtension(@CurrentViewer() viewer: Viewer, @Args('input') input: RequestPracticeExtensionInput) {
    return graphqlResult(await this.service.requestExtension(viewer, input), PracticeExtensionType.from);
  }

  @SignedIn()
  @Mutation(() => PracticeExtensionResult)
  async decidePracticeExtension(@CurrentViewer() viewer: Viewer, @Args('input') input: DecidePracticeInput) {
    return graphqlResult(await this.service.decideExtension(viewer, input), PracticeExtensionType.from);
  }

  @SignedIn()
  @Mutation(() => PracticeSessionResult, { description: 'The employee logs practice against an approved budget; refused past the budget.' })
  async logPracticeSession(@CurrentViewer() viewer: Viewer, @Args('input') input: LogPracticeSessionInput) {
    return graphqlResult(await this.service.logSession(viewer, input), PracticeSessionType.from);
  }

  @SignedIn()
  @Mutation(() => MetricAdjustmentResult)
  async attachMetricAdjustment(@CurrentViewer() viewer: Viewer, @Args('input') input: AttachMetricAdjustmentInput) {
    return graphqlResult(await this.service.attachAdjustment(viewer, input), MetricAdjustmentType.from);
  }

  @ResolveField(() => PracticeBudgetUsageType)
  async usage(b: PracticeBudgetType, _args: unknown, ctx: object): Promise<PracticeBudgetUsageType> {
    const u = await loaderFor(ctx, 'practiceUsage', (ids: readonly string[]) =>
      this.repo.usage(ids).then((rows) => byKeys(ids, rows, (r) => r.budgetId)),
    ).load(b.id) as BudgetUsage | null;
    const extraHours = u?.extraHours ?? 0;
    const usedHours = Math.round(((u?.usedMinutes ?? 0) / 60) * 100) / 100;
    const totalHours = b.hours + extraHours;
    return { totalHours, extraHours, usedHours, remainingHours: Math.round((totalHours - usedHours) * 100) / 100 };
  }

  @ResolveField(() => [PracticeSessionType])
  async sessions(b: PracticeBudgetType, _args: unknown, ctx: object): Promise<PracticeSessionType[]> {
    const rows = await loaderFor(ctx, 'practiceSessions', (ids: readonly string[]) => this.repo.sessionsOf(ids).then((r) => groupByKeys(ids, r, (x) => x.budgetId))).load(b.id);
    return rows.map(PracticeSessionType.from);
  }

  @ResolveField(() => [PracticeExtensionType])
  async extensions(b: PracticeBudgetType, _args: unknown, ctx: object): Promise<PracticeExtensionType[]> {
    const rows = await loaderFor(ctx, 'practiceExtensions', (ids: readonly string[]) => this.repo.extensionsOf(ids).then((r) => groupByKeys(ids, r, (x) => x.budgetId))).load(b.id);
    return rows.map(PracticeExtensionType.from);
  }

  @ResolveField(() => [MetricAdjustmentType])
  async metricAdjustments(b: PracticeBudgetType, _args: unknown, ctx: object): Promise<MetricAdjustmentType[]> {
    const rows = await loaderFor(ctx, 'metricAdjustments', (ids: readonly string[]) => this.repo.adjustmentsOf(ids).then((r) => groupByKeys(ids, r, (x) => x.budgetId))).load(b.id);
    return rows.map(MetricAdjustmentType.from);
  }

  @ResolveField(() => EmployeeRefType, { nullable: true })
  async employee(b: PracticeBudgetType, _args: unknown, ctx: object): Promise<EmployeeRefType | null> {
    const e = await loaderFor(ctx, 'employeeById', (ids: readonly string[]) => this.employees.findByIds(ids).then((rows) => byKeys(ids, rows, (r) => r.id))).load(b.employeeId);
    return e ? EmployeeRefType.from(e) : null;
  }
}
