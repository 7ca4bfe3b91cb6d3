import { Injectable } from '@nestjs/common';
import { byKeys, groupByKeys, loaderFor } from '@app/shared';
import { Employee, EmployeeRepository } from '@app/employees';
import { JobRoleType } from '@app/employees/graphql';
import { SkillPathRepository } from '../skill-path.repository';
import { SkillPath } from '../entities/skill-path.entity';
import { PathLevel } from '../entities/path-level.entity';
import { PathBehaviour } from '../entities/path-behaviour.entity';
import { LearningResource } from '../entities/learning-resource.entity';

/** Per-request DataLoaders for every relation field of this lib: one query per relation per request. */
@Injectable()
export class SkillPathLoaders {
  constructor(
    private readonly repo: SkillPathRepository,
    private readonly employees: EmployeeRepository,
  ) {}

  path(ctx: object, id: string): Promise<SkillPath | null> {
    return loaderFor(ctx, 'skillPaths.pathById', (ids: readonly string[]) => this.repo.pathsByIds(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(id);
  }

  levels(ctx: object, pathId: string): Promise<PathLevel[]> {
    return loaderFor(ctx, 'skillPaths.levelsByPath', (ids: readonly string[]) => this.repo.levelsByPathIds(ids).then((r) => groupByKeys(ids, r, (x) => x.pathId))).load(pathId);
  }

  behaviours(ctx: object, levelId: string): Promise<PathBehaviour[]> {
    return loaderFor(ctx, 'skillPaths.behavioursByLevel', (ids: readonly string[]) => this.repo.behavioursByLevelIds(ids).then((r) => groupByKeys(ids, r, (x) => x.levelId))).load(levelId);
  }

  resources(ctx: object, levelId: string): Promise<LearningResource[]> {
    return loaderFor(ctx, 'skillPaths.resourcesByLevel', (ids: readonly string[]) => this.repo.resourcesByLevelIds(ids).then((r) => groupByKeys(ids, r, (x) => x.levelId))).load(levelId);
  }

  async jobRole(ctx: object, id: string): Promise<JobRoleType | null> {
    const role = await loaderFor(ctx, 'skillPaths.jobRoleById', (ids: readonly string[]) => this.employees.jobRoles(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(id);
    return role ? JobRoleType.from(role) : null;
  }

  employee(ctx: object, id: string): Promise<Employee | null> {
    return loaderFor(ctx, 'skillPaths.employeeById', (ids: readonly string[]) => this.employees.findByIds(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(id);
  }
}
