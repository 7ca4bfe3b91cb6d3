import { ResolveField, Resolver } from '@nestjs/graphql';
import { prefetched } from '@app/shared';
import { SkillPathLoaders } from './skill-path.loaders';
import { LearningResourceType, PathBehaviourType, PathLevelType } from './types/skill-path.types';

@Resolver(() => PathLevelType)
export class PathLevelsResolver {
  constructor(private readonly loaders: SkillPathLoaders) {}

  @ResolveField(() => [PathBehaviourType], { description: 'In order.' })
  async behaviours(l: PathLevelType, _args: unknown, ctx: object): Promise<PathBehaviourType[]> {
    const ahead = prefetched<PathBehaviourType[]>(l, 'behaviours');
    if (ahead) return ahead;
    return (await this.loaders.behaviours(ctx, l.id)).map(PathBehaviourType.from);
  }

  @ResolveField(() => [LearningResourceType], { description: '"Start here" resources first.' })
  async resources(l: PathLevelType, _args: unknown, ctx: object): Promise<LearningResourceType[]> {
    const ahead = prefetched<LearningResourceType[]>(l, 'resources');
    if (ahead) return ahead;
    return (await this.loaders.resources(ctx, l.id)).map(LearningResourceType.from);
  }
}
