export * from './entities/path-level-name';
export * from './entities/skill-path.entity';
export * from './entities/path-level.entity';
export * from './entities/path-behaviour.entity';
export * from './entities/learning-resource.entity';
export * from './entities/path-assignment.entity';
export * from './entities/path-observation.entity';
export * from './entities/level-achievement.entity';
export * from './certification-gate';
export * from './skill-path-events';
export * from './skill-path-commands';
export * from './skill-path-failures';
export * from './skill-path.repository';
export * from './path-assignment.repository';
export * from './skill-paths.service';
export * from './path-assignments.service';
export * from './path-progress.service';
export * from './skill-paths.module';

import { SkillPath } from './entities/skill-path.entity';
import { PathLevel } from './entities/path-level.entity';
import { PathBehaviour } from './entities/path-behaviour.entity';
import { LearningResource } from './entities/learning-resource.entity';
import { PathAssignment } from './entities/path-assignment.entity';
import { PathObservation } from './entities/path-observation.entity';
import { LevelAchievement } from './entities/level-achievement.entity';

/** Every entity of this lib, for the app's entity list. */
export const SKILL_PATH_ENTITIES = [SkillPath, PathLevel, PathBehaviour, LearningResource, PathAssignment, PathObservation, LevelAchievement];
export * from './skill-path-views.sql';
