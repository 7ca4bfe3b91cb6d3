import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SkillPath } from '../../entities/skill-path.entity';
import { PathLevel } from '../../entities/path-level.entity';
import { PathBehaviour } from '../../entities/path-behaviour.entity';
import { LearningResource } from '../../entities/learning-resource.entity';
import { PathLevelNameEnum, ResourceKindEnum } from './enums';

@ObjectType('SkillPath', { description: 'The skill path of one job role: three ordered levels.' })
export class SkillPathType {
  @Field(() => ID) id: string;
  @Field(() => ID) jobRoleId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;

  static from(p: SkillPath): SkillPathType {
    return Object.assign(new SkillPathType(), { id: p.id, jobRoleId: p.jobRoleId, name: p.name, description: p.description });
  }
}

@ObjectType('PathLevel')
export class PathLevelType {
  @Field(() => ID) id: string;
  @Field(() => ID) pathId: string;
  @Field(() => PathLevelNameEnum) level: PathLevelNameEnum;
  @Field(() => Int, { description: '1 (baseline) to 3 (advanced).' }) rank: number;
  @Field() summary: string;
  @Field(() => Int, { description: 'Counted observations each behaviour needs before the level is reached.' }) minObservationsPerBehaviour: number;

  static from(l: PathLevel): PathLevelType {
    return Object.assign(new PathLevelType(), {
      id: l.id,
      pathId: l.pathId,
      level: l.level as PathLevelNameEnum,
      rank: l.rank,
      summary: l.summary,
      minObservationsPerBehaviour: l.minObservationsPerBehaviour,
    });
  }
}

@ObjectType('PathBehaviour', { description: 'An observable activity of a level and its expected output.' })
export class PathBehaviourType {
  @Field(() => ID) id: string;
  @Field(() => ID) levelId: string;
  @Field(() => Int) position: number;
  @Field() activity: string;
  @Field() expectedOutput: string;

  static from(b: PathBehaviour): PathBehaviourType {
    return Object.assign(new PathBehaviourType(), { id: b.id, levelId: b.levelId, position: b.position, activity: b.activity, expectedOutput: b.expectedOutput });
  }
}

@ObjectType('LearningResource')
export class LearningResourceType {
  @Field(() => ID) id: string;
  @Field(() => ID) levelId: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field() url: string;
  @Field(() => ResourceKindEnum) kind: ResourceKindEnum;
  @Field(() => Int, { nullable: true }) estimatedMinutes: number | null;
  @Field({ description: 'Start here if you are at this level.' }) startHere: boolean;

  static from(r: LearningResource): LearningResourceType {
    return Object.assign(new LearningResourceType(), {
      id: r.id,
      levelId: r.levelId,
      position: r.position,
      title: r.title,
      url: r.url,
      kind: r.kind as ResourceKindEnum,
      estimatedMinutes: r.estimatedMinutes,
      startHere: r.startHere,
    });
  }
}
