import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { answerRaw, byKeys, graphqlResult, groupByKeys, loaderFor, OrgCalendar, plainSelection, responsePath, Viewer } from '@app/shared';
import { CurrentViewer, SignedIn } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { EmployeeRefType } from '@app/employees/graphql';
import { PlaybooksService } from '../playbooks.service';
import { PlaybookRepository, RunFilter } from '../playbook.repository';
import { runJsonSql } from '../playbook-run-json.sql';
import { PlaybookRunStepType, PlaybookRunType, RunStatusEnum } from './types/playbook.types';
import { PlaybookRunResult, PlaybookRunStepResult } from './types/playbook-results';
import { CancelPlaybookRunInput, CompletePlaybookStepInput, StartPlaybookRunInput, UpdatePlaybookRunInput } from './inputs/playbook.inputs';

@Resolver(() => PlaybookRunType)
export class PlaybookRunsResolver {
  constructor(
    private readonly calendar: OrgCalendar,
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
    @Args('employeeId', { type: () => ID, nullable: true }) employeeId: string | undefined,
    @Args('status', { type: () => RunStatusEnum, nullable: true }) status: RunStatusEnum | undefined,
    @Info() info: GraphQLResolveInfo,
    @Context() ctx: object,
  ): Promise<PlaybookRunType[]> {
    return this.runs(viewer, { employeeId, status }, info, ctx);
  }

  @SignedIn()
  @Query(() => [PlaybookRunType], { description: 'Runs you own as the manager.' })
  async myPlaybookRuns(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => RunStatusEnum, nullable: true }) status: RunStatusEnum | undefined,
    @Info() info: GraphQLResolveInfo,
    @Context() ctx: object,
  ): Promise<PlaybookRunType[]> {
    return this.runs(viewer, { managerId: viewer.employeeId, status }, info, ctx);
  }

  /** The runs, read as their exact JSON in one statement when the selection is plain (raw-json.ts). */
  private async runs(viewer: Viewer, filter: RunFilter, info: GraphQLResolveInfo, ctx: object): Promise<PlaybookRunType[]> {
    const selection = plainSelection(info.fieldNodes);
    const object = selection && runJsonSql(selection);
    if (!object) return (await this.service.listRuns(viewer, filter)).map(PlaybookRunType.from);
    answerRaw(ctx, responsePath(info.path), await this.service.listRunsJson(viewer, filter, object));
    return [];
  }

  @SignedIn()
  @Query(() => [PlaybookRunStepType], { description: 'Open steps past their due date in the runs you own.' })
  async myOverduePlaybookSteps(@CurrentViewer() viewer: Viewer): Promise<PlaybookRunStepType[]> {
    return (await this.service.myOverdueSteps(viewer)).map(PlaybookRunStepType.from);
  }

  @SignedIn()
  @Mutation(() => PlaybookRunResult, {
    description: 'A manager in the employee\'s line (or HR) starts a run; NOT_FOUND outside the line. No step is due before today. A pathLevelId must be a level of a path the employee is on, a certificationId one of the catalog.',
  })
  async startPlaybookRun(@CurrentViewer() viewer: Viewer, @Args('input') input: StartPlaybookRunInput): Promise<typeof PlaybookRunResult> {
    return graphqlResult(await this.service.startRun(viewer, input), PlaybookRunType.from);
  }

  @SignedIn()
  @Mutation(() => PlaybookRunStepResult, { description: 'AFTER steps are completed from the training date on; steps of a cancelled or completed run are refused; a completed step is a StepAlreadyCompletedError.' })
  async completePlaybookStep(@CurrentViewer() viewer: Viewer, @Args('input') input: CompletePlaybookStepInput): Promise<typeof PlaybookRunStepResult> {
    return graphqlResult(await this.service.completeStep(viewer, input), PlaybookRunStepType.from);
  }

  @SignedIn()
  @Mutation(() => PlaybookRunResult, { description: 'Corrects an open run\'s training name or date; its open steps are re-dated from the new date (never before today).' })
  async updatePlaybookRun(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePlaybookRunInput): Promise<typeof PlaybookRunResult> {
    return graphqlResult(await this.service.updateRun(viewer, input), PlaybookRunType.from);
  }

  @SignedIn()
  @Mutation(() => PlaybookRunResult, { description: 'Stops an open run with a reason: it stays visible as CANCELLED, its open steps are no longer due.' })
  async cancelPlaybookRun(@CurrentViewer() viewer: Viewer, @Args('input') input: CancelPlaybookRunInput): Promise<typeof PlaybookRunResult> {
    return graphqlResult(await this.service.cancelRun(viewer, input), PlaybookRunType.from);
  }

  @ResolveField(() => [PlaybookRunStepType])
  async steps(r: PlaybookRunType, _args: unknown, ctx: object): Promise<PlaybookRunStepType[]> {
    const rows = await loaderFor(ctx, 'playbookRunSteps', (ids: readonly string[]) => this.repo.runSteps(ids).then((x) => groupByKeys(ids, x, (s) => s.runId))).load(r.id);
    return rows.map(PlaybookRunStepType.from);
  }

  @ResolveField(() => [PlaybookRunStepType], { description: 'Open steps past their due date.' })
  async overdueSteps(r: PlaybookRunType, _args: unknown, ctx: object): Promise<PlaybookRunStepType[]> {
    const today = this.calendar.today();
    const rows = await loaderFor(ctx, 'playbookRunSteps', (ids: readonly string[]) => this.repo.runSteps(ids).then((x) => groupByKeys(ids, x, (s) => s.runId))).load(r.id);
    return r.status === RunStatusEnum.OPEN ? rows.filter((s) => !s.completedAt && s.dueOn < today).map(PlaybookRunStepType.from) : [];
  }

  @ResolveField(() => EmployeeRefType, { nullable: true })
  async employee(r: PlaybookRunType, _args: unknown, ctx: object): Promise<EmployeeRefType | null> {
    const e = await loaderFor(ctx, 'employeeById', (ids: readonly string[]) => this.employees.findByIds(ids).then((rows) => byKeys(ids, rows, (x) => x.id))).load(r.employeeId);
    return e ? EmployeeRefType.from(e) : null;
  }
}
