import { Injectable } from '@nestjs/common';
import { badInput, BusinessErrorCode as C, DomainResult, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { EmployeeRepository, JobRolesService } from '@app/employees';
import { SkillPath } from './entities/skill-path.entity';
import { PathLevel } from './entities/path-level.entity';
import { PathBehaviour } from './entities/path-behaviour.entity';
import { LearningResource } from './entities/learning-resource.entity';
import { PATH_LEVELS, levelRank } from './entities/path-level-name';
import { SkillPathRepository } from './skill-path.repository';
import { placeAt } from './domain/ordering';
import { AddBehaviourCommand, AddLearningResourceCommand, CreateSkillPathCommand, UpdateBehaviourCommand, UpdatePathLevelCommand } from './skill-path-commands';
import { behaviourHasObservations, pathAlreadyExists } from './skill-path-failures';

const plain = <T extends object>(row: T) => ({ ...row });

/** The path catalog: org-wide, read by everyone signed in, edited by HR. */
@Injectable()
export class SkillPathsService {
  constructor(
    private readonly repo: SkillPathRepository,
    private readonly employees: EmployeeRepository,
    private readonly jobRoles: JobRolesService,
    private readonly audit: AuditService,
  ) {}

  async get(_viewer: Viewer, id: string): Promise<SkillPath> {
    const [path] = await this.repo.pathsByIds([id]);
    if (!path) throw notFound('SkillPath');
    return path;
  }

  /** The path `get` answers, as `object` (skillPathJsonSql) in JSON text; NOT_FOUND alike. */
  async getJson(_viewer: Viewer, id: string, object: string): Promise<string> {
    const json = await this.repo.pathJson(id, object);
    if (json === null) throw notFound('SkillPath');
    return json;
  }

  async forJobRole(_viewer: Viewer, jobRoleId: string): Promise<SkillPath | null> {
    const [path] = await this.repo.pathsByJobRoleIds([jobRoleId]);
    return path ?? null;
  }

  list(_viewer: Viewer): Promise<SkillPath[]> {
    return this.repo.allPaths();
  }

  /** Creates the path and its three levels in one transaction. */
  async create(viewer: Viewer, input: CreateSkillPathCommand): Promise<DomainResult<SkillPath, C.PATH_ALREADY_EXISTS>> {
    await this.jobRoles.assertAssignable('jobRoleId', input.jobRoleId);
    const [existing] = await this.repo.pathsByJobRoleIds([input.jobRoleId]);
    if (existing) return pathAlreadyExists(existing.id);
    const content = { BASELINE: input.baseline, PROFICIENT: input.proficient, ADVANCED: input.advanced };
    const { path, levels } = await this.repo.insertPath(
      { jobRoleId: input.jobRoleId, name: input.name, description: input.description ?? null },
      PATH_LEVELS.map((level) => ({ level, rank: levelRank(level), summary: content[level]?.summary ?? '', minObservationsPerBehaviour: content[level]?.minObservationsPerBehaviour ?? 1 })),
    );
    await this.audit.recordChange(viewer, 'createSkillPath', 'SkillPath', path.id, null, { ...plain(path), levels: levels.map((l) => ({ level: l.level, summary: l.summary, minObservationsPerBehaviour: l.minObservationsPerBehaviour })) });
    return path;
  }

  async updateLevel(viewer: Viewer, input: UpdatePathLevelCommand): Promise<PathLevel> {
    const [level] = await this.repo.levelsByIds([input.levelId]);
    if (!level) throw notFound('PathLevel');
    const before = plain(level);
    if (input.summary !== undefined) level.summary = input.summary;
    if (input.minObservationsPerBehaviour !== undefined) level.minObservationsPerBehaviour = input.minObservationsPerBehaviour;
    const saved = await this.repo.saveLevel(level);
    await this.audit.recordChange(viewer, 'updatePathLevel', 'PathLevel', saved.id, before, plain(saved));
    return saved;
  }

  async addBehaviour(viewer: Viewer, input: AddBehaviourCommand): Promise<PathBehaviour> {
    await this.levelOrBadInput(input.levelId);
    const position = await this.repo.nextBehaviourPosition(input.levelId);
    const saved = await this.repo.insertBehaviour({ levelId: input.levelId, activity: input.activity, expectedOutput: input.expectedOutput, position });
    await this.audit.recordChange(viewer, 'addBehaviour', 'PathBehaviour', saved.id, null, plain(saved));
    return saved;
  }

  async updateBehaviour(viewer: Viewer, input: UpdateBehaviourCommand): Promise<PathBehaviour> {
    const [b] = await this.repo.behavioursByIds([input.id]);
    if (!b) throw notFound('PathBehaviour');
    const before = plain(b);
    if (input.activity !== undefined) b.activity = input.activity;
    if (input.expectedOutput !== undefined) b.expectedOutput = input.expectedOutput;
    let saved = await this.repo.saveBehaviour(b);
    if (input.position !== undefined && input.position !== b.position) {
      await this.repo.renumber('path_behaviour', placeAt((await this.repo.behavioursByLevelIds([b.levelId])).map((x) => x.id), b.id, input.position));
      [saved] = await this.repo.behavioursByIds([b.id]);
    }
    await this.audit.recordChange(viewer, 'updateBehaviour', 'PathBehaviour', saved.id, before, plain(saved));
    return saved;
  }

  /** Removes a behaviour nobody was observed on; observed ones are history and stay. */
  async removeBehaviour(viewer: Viewer, id: string): Promise<DomainResult<{ id: string }, C.BEHAVIOUR_HAS_OBSERVATIONS>> {
    const [b] = await this.repo.behavioursByIds([id]);
    if (!b) throw notFound('PathBehaviour');
    const observationCount = await this.repo.behaviourHasObservations(id);
    if (observationCount > 0) return behaviourHasObservations(observationCount);
    await this.repo.deleteBehaviour(id);
    await this.audit.recordChange(viewer, 'removeBehaviour', 'PathBehaviour', id, plain(b), null);
    return { id };
  }

  async addResource(viewer: Viewer, input: AddLearningResourceCommand): Promise<LearningResource> {
    await this.levelOrBadInput(input.levelId);
    const position = await this.repo.nextResourcePosition(input.levelId);
    const saved = await this.repo.insertResource({ ...input, estimatedMinutes: input.estimatedMinutes ?? null, startHere: input.startHere ?? false, position });
    await this.audit.recordChange(viewer, 'addLearningResource', 'LearningResource', saved.id, null, plain(saved));
    return saved;
  }

  private async levelOrBadInput(levelId: string): Promise<PathLevel> {
    const [level] = await this.repo.levelsByIds([levelId]);
    if (!level) throw badInput('levelId', `No path level with id ${levelId}`);
    return level;
  }
}
