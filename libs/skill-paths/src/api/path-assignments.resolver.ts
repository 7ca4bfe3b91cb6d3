import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { graphqlResult, Page, Viewer } from '@app/shared';
import { CurrentViewer, SignedIn } from '@app/auth';
import { EmployeeType } from '@app/employees/graphql';
import { PathAssignmentsService } from '../path-assignments.service';
import { LevelProgress } from '../path-progress.service';
import { SkillPathLoaders } from './skill-path.loaders';
import { PathBehaviourType, SkillPathType } from './types/skill-path.types';
import { LevelProgressType, PathAssignmentPage, PathAssignmentType, PathObservationType, PathProgressType } from './types/assignment.types';
import { PathLevelNameEnum } from './types/enums';
import { AssignPathResult, ConfirmObservationResult, EndPathAssignmentResult, PathObservationResult, UpdatePathAssignmentResult } from './types/skill-path-results';
import { AddSelfEvidenceInput, AssignPathInput, EndPathAssignmentInput, PathAssignmentListArgs, RecordObservationInput, UpdatePathAssignmentInput } from './inputs/assignment.inputs';

/** Employees on paths and the observations that move them up. Scoped to the employee, their line and HR. */
@Resolver(() => PathAssignmentType)
export class PathAssignmentsResolver {
  constructor(
    private readonly service: PathAssignmentsService,
    private readonly loaders: SkillPathLoaders,
  ) {}

  @SignedIn()
  @Query(() => PathAssignmentType)
  async pathAssignment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PathAssignmentType> {
    return PathAssignmentType.from(await this.service.get(viewer, id));
  }

  @SignedIn()
  @Query(() => PathAssignmentPage, { description: 'Assignments you may see (yours, your reporting line\'s; HR all), optionally of one employee or path; active ones unless includeEnded.' })
  async pathAssignments(@CurrentViewer() viewer: Viewer, @Args() args: PathAssignmentListArgs): Promise<Page<PathAssignmentType>> {
    const page = await this.service.list(viewer, args);
    return { ...page, nodes: page.nodes.map(PathAssignmentType.from) };
  }

  @SignedIn()
  @Query(() => [PathAssignmentType], { description: 'Your own active paths.' })
  async myPathAssignments(@CurrentViewer() viewer: Viewer): Promise<PathAssignmentType[]> {
    return (await this.service.list(viewer, { employeeId: viewer.employeeId, first: 200 })).nodes.map(PathAssignmentType.from);
  }

  @SignedIn()
  @Query(() => PathProgressType, { description: 'Per level: each behaviour with counted observations, missing certifications, when it was reached.' })
  async pathProgress(@CurrentViewer() viewer: Viewer, @Args('assignmentId', { type: () => ID }) assignmentId: string): Promise<PathProgressType> {
    const { assignment, levels } = await this.service.progress(viewer, assignmentId);
    return Object.assign(new PathProgressType(), {
      assignmentId: assignment.id,
      employeeId: assignment.employeeId,
      pathId: assignment.pathId,
      currentLevel: assignment.currentLevel as PathLevelNameEnum | null,
      targetLevel: assignment.targetLevel as PathLevelNameEnum,
      levels: levels.map(toLevelProgress),
    });
  }

  @SignedIn()
  @Mutation(() => AssignPathResult, { description: 'HR or a manager above the employee puts them on a path.' })
  async assignPath(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignPathInput): Promise<typeof AssignPathResult> {
    return graphqlResult(await this.service.assign(viewer, input), PathAssignmentType.from);
  }

  @SignedIn()
  @Mutation(() => UpdatePathAssignmentResult)
  async updatePathAssignment(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePathAssignmentInput): Promise<typeof UpdatePathAssignmentResult> {
    return graphqlResult(await this.service.update(viewer, input), PathAssignmentType.from);
  }

  @SignedIn()
  @Mutation(() => EndPathAssignmentResult, { description: 'HR or a manager above the employee takes them off the path; the assignment stays as history.' })
  async endPathAssignment(@CurrentViewer() viewer: Viewer, @Args('input') input: EndPathAssignmentInput): Promise<typeof EndPathAssignmentResult> {
    return graphqlResult(await this.service.end(viewer, input), PathAssignmentType.from);
  }

  @SignedIn()
  @Mutation(() => PathObservationResult, { description: 'HR or a manager above the employee records an observed behaviour of a path the employee is on.' })
  async recordObservation(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordObservationInput): Promise<typeof PathObservationResult> {
    return graphqlResult(await this.service.recordObservation(viewer, input), PathObservationType.from);
  }

  @SignedIn()
  @Mutation(() => PathObservationResult, { description: 'Your own evidence of a behaviour of a path you are on.' })
  async addSelfEvidence(@CurrentViewer() viewer: Viewer, @Args('input') input: AddSelfEvidenceInput): Promise<typeof PathObservationResult> {
    return graphqlResult(await this.service.addSelfEvidence(viewer, input), PathObservationType.from);
  }

  @SignedIn()
  @Mutation(() => ConfirmObservationResult, { description: 'A manager in the employee\'s line (or HR) confirms their self-evidence.' })
  async confirmObservation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<typeof ConfirmObservationResult> {
    return graphqlResult(await this.service.confirmObservation(viewer, id), PathObservationType.from);
  }

  @ResolveField(() => EmployeeType, { nullable: true })
  async employee(a: PathAssignmentType, _args: unknown, ctx: object): Promise<EmployeeType | null> {
    const e = await this.loaders.employee(ctx, a.employeeId);
    return e ? EmployeeType.from(e) : null;
  }

  @ResolveField(() => SkillPathType, { nullable: true })
  async path(a: PathAssignmentType, _args: unknown, ctx: object): Promise<SkillPathType | null> {
    const p = await this.loaders.path(ctx, a.pathId);
    return p ? SkillPathType.from(p) : null;
  }
}

function toLevelProgress(l: LevelProgress): LevelProgressType {
  const byId = new Map(l.behaviourRows.map((b) => [b.id, b]));
  return Object.assign(new LevelProgressType(), {
    level: l.level as PathLevelNameEnum,
    rank: l.pathLevel.rank,
    minObservationsPerBehaviour: l.pathLevel.minObservationsPerBehaviour,
    missingCertifications: l.missingCertifications,
    complete: l.complete,
    reachedOn: l.reachedOn,
    behaviours: l.behaviours.map((b) => ({
      behaviour: PathBehaviourType.from(byId.get(b.behaviourId) as NonNullable<ReturnType<typeof byId.get>>),
      countedObservations: b.counted,
      met: b.met,
      observations: (l.observations.get(b.behaviourId) ?? []).map(PathObservationType.from),
    })),
  });
}
