import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { SkillPathRepository } from './skill-path.repository';
import { PathAssignmentRepository } from './path-assignment.repository';
import { SkillPathsService } from './skill-paths.service';
import { LearningResourcesService } from './learning-resources.service';
import { PathAssignmentsService } from './path-assignments.service';
import { PathProgressService } from './path-progress.service';
import { SkillPathLoaders } from './api/skill-path.loaders';
import { SkillPathsResolver } from './api/skill-paths.resolver';
import { PathLevelsResolver } from './api/path-levels.resolver';
import { PathAssignmentsResolver } from './api/path-assignments.resolver';
import { EmployeePathsResolver } from './api/employee-paths.resolver';

/**
 * Skill paths, levels, behaviours, resources, assignments, observations and level achievements.
 * A LEVEL_CERTIFICATION_GATE, when some @Global module exports one, gates reaching a level.
 */
@Module({
  imports: [EmployeesModule],
  providers: [
    SkillPathRepository,
    PathAssignmentRepository,
    SkillPathsService,
    LearningResourcesService,
    PathAssignmentsService,
    PathProgressService,
    SkillPathLoaders,
    SkillPathsResolver,
    PathLevelsResolver,
    PathAssignmentsResolver,
    EmployeePathsResolver,
  ],
  exports: [SkillPathRepository, PathAssignmentRepository, SkillPathsService, PathAssignmentsService, PathProgressService],
})
export class SkillPathsModule {}
