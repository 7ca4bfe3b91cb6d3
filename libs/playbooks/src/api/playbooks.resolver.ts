import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, groupByKeys, loaderFor, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { EmployeeRefType, EmployeeRepository } from '@app/employees';
import { PlaybooksService } from '../playbooks.service';
import { PlaybookRepository } from '../playbook.repository';
import { ManagerScorecardType, PlaybookRunStepType, PlaybookRunType, PlaybookTemplateStepType, PlaybookTemplateType, RunStatusEnum } from './types/playbook.types';
import { CompletePlaybookStepInput, CreatePlaybookTemplateInput, StartPlaybookRunInput } from './inputs/playbook.inputs';

@Resolver(() => PlaybookRunType)
export class PlaybookRunsResolver {
  constructor(
    private readonly service: PlaybooksService,
    private readonly repo: PlaybookRepository,
    private readonly employees: EmployeeRepository,
  ) {}

  @SignedIn()
  @Query(() => PlaybookRunType, { description: 'One run: yours, one in your reporting line, or any for HR.' })
  async playbookRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PlaybookRunType> {
    return PlaybookRunType.from(await this.service.getRun(viewer, id));
  }

  @SignedIn()
  @Query(() => [PlaybookRunType], { description: 'Runs you may see, filtered.' })
  async playbookRuns(
    @CurrentViewer() viewer: Viewer,
    @Args('employeeId', { type: () => ID, nullable: true }) employeeId?: string,
    @Args('status', { type: () => RunStatusEnum, nullable: true }) status?: RunStatusEnum,
  ): Promise<PlaybookRunType[]> {
    return (await this.service.listRuns(viewer, { employeeId, status })).map(PlaybookRunType.from);
  }

  @SignedIn()
  @Query(() => [PlaybookRunType], { description: 'Runs you own as the manager.' })
  async myPlaybookRuns(@CurrentViewer() viewer: Viewer, @Args('status', { type: () => RunStatusEnum, nullable: true }) status?: RunStatusEnum): Promise<PlaybookRunType[]> {
    return (await this.service.listRuns(viewer, { managerId: viewer.employeeId, status })).map(PlaybookRunType.from);
  }

  @SignedIn()
  @Query(() => [PlaybookRunStepType], { description: 'Open steps past their due date in the runs you own.' })
  async myOverduePlaybookSteps(@CurrentViewer() viewer: Viewer): Promise<PlaybookRunStepType[]> {
    return (await this.service.myOverdueSteps(viewer)).map(PlaybookRunStepType.from);
  }

  @SignedIn()
  @Query(() => ManagerScorecardType, { description: 'A manager\'s development scorecard (default: yours; this month).' })
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

  @SignedIn()
  @Mutation(() => PlaybookRunType, { description: 'A manager in the employee\'s line (or HR) starts a run; NOT_FOUND outside the line.' })
  async startPlaybookRun(@CurrentViewer() viewer: Viewer, @Args('input') input: StartPlaybookRunInput): Promise<PlaybookRunType> {
    return PlaybookRunType.from(await this.service.startRun(viewer, input));
  }

  @SignedIn()
  @Mutation(() => PlaybookRunStepType)
  async completePlaybookStep(@CurrentViewer() viewer: Viewer, @Args('input') input: CompletePlaybookStepInput): Promise<PlaybookRunStepType> {
    return PlaybookRunStepType.from(await this.service.completeStep(viewer, input));
  }

  @ResolveField(() => [PlaybookRunStepType])
  async steps(r: PlaybookRunType, _args: unknown, ctx: object): Promise<PlaybookRunStepType[]> {
    const rows = await loaderFor(ctx, 'playbookRunSteps', (ids: readonly string[]) => this.repo.runSteps(ids).then((x) => groupByKeys(ids, x, (s) => s.runId))).load(r.id);
    return rows.map(PlaybookRunStepType.from);
  }

  @ResolveField(() => [PlaybookRunStepType], { description: 'Open steps past their due date.' })
  async overdueSteps(r: PlaybookRunType, _args: unknown, ctx: object): Promise<PlaybookRunStepType[]> {
    const today = this.service.today();
    const rows = await loaderFor(ctx, 'playbookRunSteps', (ids: readonly string[]) => this.repo.runSteps(ids).then((x) => groupByKeys(ids, x, (s) => s.runId))).load(r.id);
    return r.status === RunStatusEnum.OPEN ? rows.filter((s) => !s.completedAt && s.dueOn < today).map(PlaybookRunStepType.from) : [];
  }

  @ResolveField(() => EmployeeRefType, { nullable: true })
  async employee(r: PlaybookRunType, _args: unknown, ctx: object): Promise<EmployeeRefType | null> {
    const e = await loaderFor(ctx, 'employeeById', (ids: readonly string[]) => this.employees.findByIds(ids).then((rows) => byKeys(ids, rows, (x) => x.id))).load(r.employeeId);
    return e ? EmployeeRefType.from(e) : null;
  }
}

@Resolver(() => PlaybookTemplateType)
export class PlaybookTemplatesResolver {
  constructor(
    private readonly service: PlaybooksService,
    private readonly repo: PlaybookRepository,
  ) {}

  @SignedIn()
  @Query(() => [PlaybookTemplateType])
  async playbookTemplates(): Promise<PlaybookTemplateType[]> {
    return (await this.service.listTemplates()).map(PlaybookTemplateType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PlaybookTemplateType, { description: 'Without steps, the template gets the default before-and-after steps.' })
  async createPlaybookTemplate(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePlaybookTemplateInput): Promise<PlaybookTemplateType> {
    return PlaybookTemplateType.from(await this.service.createTemplate(viewer, input));
  }

  @ResolveField(() => [PlaybookTemplateStepType])
  async steps(t: PlaybookTemplateType, _args: unknown, ctx: object): Promise<PlaybookTemplateStepType[]> {
    const rows = await loaderFor(ctx, 'playbookTemplateSteps', (ids: readonly string[]) => this.repo.templateSteps(ids).then((x) => groupByKeys(ids, x, (s) => s.templateId))).load(t.id);
    return rows.map(PlaybookTemplateStepType.from);
  }
}
