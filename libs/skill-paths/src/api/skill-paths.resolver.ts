import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { answerRaw, graphqlResult, parsedStandIn, plainSelection, prefetched, responsePath, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { JobRoleType } from '@app/employees/graphql';
import { SkillPathsService } from '../skill-paths.service';
import { SkillPathLoaders } from './skill-path.loaders';
import { LearningResourceType, PathBehaviourType, PathLevelType, SkillPathType } from './types/skill-path.types';
import { CreateSkillPathResult, RemovedBehaviour, RemoveBehaviourResult } from './types/skill-path-results';
import { AddBehaviourInput, AddLearningResourceInput, CreateSkillPathInput, UpdateBehaviourInput, UpdateLearningResourceInput, UpdatePathLevelInput } from './inputs/skill-path.inputs';
import { LearningResourcesService } from '../learning-resources.service';
import { skillPathJsonSql } from '../skill-path-json.sql';

/** The path catalog: everyone signed in reads it, HR edits it. */
@Resolver(() => SkillPathType)
export class SkillPathsResolver {
  constructor(
    private readonly service: SkillPathsService,
    private readonly loaders: SkillPathLoaders,
    private readonly resources: LearningResourcesService,
  ) {}

  @SignedIn()
  @Query(() => SkillPathType)
  async skillPath(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Info() info: GraphQLResolveInfo, @Context() ctx: object): Promise<SkillPathType> {
    // A plain selection is read as its exact JSON in one statement (raw-json.ts).
    const selection = plainSelection(info.fieldNodes);
    const object = selection && skillPathJsonSql(selection);
    if (!object) return SkillPathType.from(await this.service.get(viewer, id));
    const json = await this.service.getJson(viewer, id, object);
    answerRaw(ctx, responsePath(info.path), json);
    return parsedStandIn<SkillPathType>(json);
  }

  @SignedIn()
  @Query(() => SkillPathType, { nullable: true, description: 'The path of a job role, if it has one.' })
  async skillPathForJobRole(@CurrentViewer() viewer: Viewer, @Args('jobRoleId', { type: () => ID }) jobRoleId: string): Promise<SkillPathType | null> {
    const path = await this.service.forJobRole(viewer, jobRoleId);
    return path ? SkillPathType.from(path) : null;
  }

  @SignedIn()
  @Query(() => [SkillPathType], { description: 'Every skill path, by name.' })
  async skillPaths(@CurrentViewer() viewer: Viewer): Promise<SkillPathType[]> {
    return (await this.service.list(viewer)).map(SkillPathType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => CreateSkillPathResult, { description: 'Creates a job role\'s path with its three levels.' })
  async createSkillPath(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSkillPathInput): Promise<typeof CreateSkillPathResult> {
    return graphqlResult(await this.service.create(viewer, input), SkillPathType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PathLevelType)
  async updatePathLevel(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePathLevelInput): Promise<PathLevelType> {
    return PathLevelType.from(await this.service.updateLevel(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PathBehaviourType)
  async addBehaviour(@CurrentViewer() viewer: Viewer, @Args('input') input: AddBehaviourInput): Promise<PathBehaviourType> {
    return PathBehaviourType.from(await this.service.addBehaviour(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PathBehaviourType)
  async updateBehaviour(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateBehaviourInput): Promise<PathBehaviourType> {
    return PathBehaviourType.from(await this.service.updateBehaviour(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => RemoveBehaviourResult, { description: 'Removes a behaviour nobody has been observed on.' })
  async removeBehaviour(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<typeof RemoveBehaviourResult> {
    return graphqlResult(await this.service.removeBehaviour(viewer, id), (removed) => Object.assign(new RemovedBehaviour(), removed));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => LearningResourceType)
  async addLearningResource(@CurrentViewer() viewer: Viewer, @Args('input') input: AddLearningResourceInput): Promise<LearningResourceType> {
    return LearningResourceType.from(await this.service.addResource(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => LearningResourceType, { description: 'Edits or moves a resource (e.g. marks it "start here").' })
  async updateLearningResource(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateLearningResourceInput): Promise<LearningResourceType> {
    return LearningResourceType.from(await this.resources.update(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => Boolean)
  removeLearningResource(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.resources.remove(viewer, id);
  }

  @ResolveField(() => [PathLevelType], { description: 'BASELINE, PROFICIENT, ADVANCED, in that order.' })
  async levels(p: SkillPathType, _args: unknown, ctx: object): Promise<PathLevelType[]> {
    const ahead = prefetched<PathLevelType[]>(p, 'levels');
    if (ahead) return ahead;
    return (await this.loaders.levels(ctx, p.id)).map(PathLevelType.from);
  }

  @ResolveField(() => JobRoleType, { nullable: true })
  jobRole(p: SkillPathType, _args: unknown, ctx: object): Promise<JobRoleType | null> {
    return this.loaders.jobRole(ctx, p.jobRoleId);
  }
}
