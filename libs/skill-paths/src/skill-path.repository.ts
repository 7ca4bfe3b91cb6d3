import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { SkillPath } from './entities/skill-path.entity';
import { PathLevel } from './entities/path-level.entity';
import { PathBehaviour } from './entities/path-behaviour.entity';
import { LearningResource } from './entities/learning-resource.entity';
import { PathLevelName } from './entities/path-level-name';

/** Every query on the path catalog: paths, levels, behaviours, resources. Batch methods take many keys. */
@Injectable()
export class SkillPathRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A path with its levels (one insert each for the path and its levels). The service checks the role and content first. */
  @GenerateSql({ params: [{ jobRoleId: SqlExample.ID_2, name: 'Backend engineer', description: 'From junior to senior' }, [{ level: 'BASELINE', rank: 1, summary: 'Ships with help', minObservationsPerBehaviour: 2 }]] })
  async insertPath(
    values: Pick<SkillPath, 'jobRoleId' | 'name' | 'description'>,
    levels: ReadonlyArray<Pick<PathLevel, 'level' | 'rank' | 'summary' | 'minObservationsPerBehaviour'>>,
  ): Promise<{ path: SkillPath; levels: PathLevel[] }> {
    const m = this.tx.manager;
    const path = await m.save(SkillPath, m.create(SkillPath, values), { transaction: false });
    const rows = levels.map((l) => m.create(PathLevel, { ...l, pathId: path.id }));
    if (rows.length > 0) await m.insert(PathLevel, rows);
    return { path, levels: rows };
  }

  @GenerateSql({ params: [{ levelId: SqlExample.ID, position: 1, activity: 'Reviews a pull request', expectedOutput: 'A review with one concrete suggestion' }] })
  insertBehaviour(values: Pick<PathBehaviour, 'levelId' | 'position' | 'activity' | 'expectedOutput'>): Promise<PathBehaviour> {
    return this.tx.manager.save(PathBehaviour, this.tx.manager.create(PathBehaviour, values), { transaction: false });
  }

  @GenerateSql({ params: [Object.assign(new PathLevel(), { id: SqlExample.ID, pathId: SqlExample.ID_2, level: 'BASELINE', rank: 1, summary: 'Ships with help', minObservationsPerBehaviour: 3 })] })
  saveLevel(level: PathLevel): Promise<PathLevel> {
    return this.tx.manager.save(PathLevel, level);
  }

  @GenerateSql({ params: [Object.assign(new PathBehaviour(), { id: SqlExample.ID, levelId: SqlExample.ID_2, position: 1, activity: 'Reviews a pull request', expectedOutput: 'A review with two concrete suggestions' })] })
  saveBehaviour(behaviour: PathBehaviour): Promise<PathBehaviour> {
    return this.tx.manager.save(PathBehaviour, behaviour);
  }

  /** Deletes a behaviour (the service checks nobody was observed on it first). */
  @GenerateSql({ params: [SqlExample.ID] })
  async deleteBehaviour(id: string): Promise<void> {
    await this.tx.manager.delete(PathBehaviour, { id });
  }

  @GenerateSql({ params: [{ levelId: SqlExample.ID, title: 'Refactoring, 2nd edition', url: 'https://example.com/refactoring', kind: 'BOOK', estimatedMinutes: null, startHere: false, position: 1 }] })
  insertResource(values: Pick<LearningResource, 'levelId' | 'title' | 'url' | 'kind' | 'estimatedMinutes' | 'startHere' | 'position'>): Promise<LearningResource> {
    return this.tx.manager.save(LearningResource, this.tx.manager.create(LearningResource, values));
  }

  @GenerateSql({ params: [Object.assign(new LearningResource(), { id: SqlExample.ID, levelId: SqlExample.ID_2, title: 'Refactoring, 2nd edition', url: 'https://example.com/refactoring', kind: 'BOOK', estimatedMinutes: 600, startHere: true, position: 1 })] })
  saveResource(resource: LearningResource): Promise<LearningResource> {
    return this.tx.manager.save(LearningResource, resource);
  }

  @GenerateSql({ params: [SqlExample.ID] })
  async deleteResource(id: string): Promise<void> {
    await this.tx.manager.delete(LearningResource, { id });
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  pathsByIds(ids: readonly string[]): Promise<SkillPath[]> {
    return this.tx.manager.createQueryBuilder(SkillPath, 'p').where('p.id = ANY(:ids)', { ids }).getMany();
  }

  /** The path as `object` (skillPathJsonSql) in JSON text, or null when there is none. */
  @GenerateSql({ params: [SqlExample.ID, "json_build_object('id', p.id, 'name', p.name)"] })
  async pathJson(id: string, object: string): Promise<string | null> {
    const [row] = await this.tx.query<{ json: string }>(`SELECT (${object})::text AS json FROM skill_path p WHERE p.id = $1`, [id]);
    return row?.json ?? null;
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  pathsByJobRoleIds(jobRoleIds: readonly string[]): Promise<SkillPath[]> {
    return this.tx.manager.createQueryBuilder(SkillPath, 'p').where('p.job_role_id = ANY(:jobRoleIds)', { jobRoleIds }).getMany();
  }

  @GenerateSql({ params: [] })
  allPaths(): Promise<SkillPath[]> {
    return this.tx.manager.createQueryBuilder(SkillPath, 'p').orderBy('p.name').addOrderBy('p.id').getMany();
  }

  /** Levels of many paths, in rank order. */
  @GenerateSql({ params: [SqlExample.IDS] })
  levelsByPathIds(pathIds: readonly string[]): Promise<PathLevel[]> {
    return this.tx.manager.createQueryBuilder(PathLevel, 'l').where('l.path_id = ANY(:pathIds)', { pathIds }).orderBy('l.rank').getMany();
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  levelsByIds(ids: readonly string[]): Promise<PathLevel[]> {
    return this.tx.manager.createQueryBuilder(PathLevel, 'l').where('l.id = ANY(:ids)', { ids }).getMany();
  }

  /** Behaviours of many levels, in position order. */
  @GenerateSql({ params: [SqlExample.IDS] })
  behavioursByLevelIds(levelIds: readonly string[]): Promise<PathBehaviour[]> {
    return this.tx.manager
      .createQueryBuilder(PathBehaviour, 'b')
      .where('b.level_id = ANY(:levelIds)', { levelIds })
      .orderBy('b.position')
      .addOrderBy('b.created_at')
      .getMany();
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  behavioursByIds(ids: readonly string[]): Promise<PathBehaviour[]> {
    return this.tx.manager.createQueryBuilder(PathBehaviour, 'b').where('b.id = ANY(:ids)', { ids }).getMany();
  }

  /** Behaviours of one level of a path, found by the path's job role and the level's name. */
  @GenerateSql({ params: [SqlExample.ID, 'BASELINE'] })
  behavioursForLevel(jobRoleId: string, level: PathLevelName): Promise<PathBehaviour[]> {
    return this.tx.manager
      .createQueryBuilder(PathBehaviour, 'b')
      .innerJoin(PathLevel, 'l', 'l.id = b.level_id')
      .innerJoin(SkillPath, 'p', 'p.id = l.path_id')
      .where('p.job_role_id = :jobRoleId AND l.level = :level', { jobRoleId, level })
      .orderBy('b.position')
      .addOrderBy('b.created_at')
      .getMany();
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  resourcesByLevelIds(levelIds: readonly string[]): Promise<LearningResource[]> {
    return this.tx.manager
      .createQueryBuilder(LearningResource, 'r')
      .where('r.level_id = ANY(:levelIds)', { levelIds })
      .orderBy('r.start_here', 'DESC')
      .addOrderBy('r.position')
      .getMany();
  }

  @GenerateSql({ params: [SqlExample.ID] })
  async nextBehaviourPosition(levelId: string): Promise<number> {
    const [row] = await this.tx.query<{ next: number }>('SELECT coalesce(max(position), 0) + 1 AS next FROM path_behaviour WHERE level_id = $1', [levelId]);
    return Number(row.next);
  }

  @GenerateSql({ params: [SqlExample.ID] })
  async nextResourcePosition(levelId: string): Promise<number> {
    const [row] = await this.tx.query<{ next: number }>('SELECT coalesce(max(position), 0) + 1 AS next FROM learning_resource WHERE level_id = $1', [levelId]);
    return Number(row.next);
  }

  /** Renumbers a level's behaviours or resources 1..n in the given order (one statement). */
  @GenerateSql({ params: ['path_behaviour', SqlExample.IDS] })
  async renumber(table: 'path_behaviour' | 'learning_resource', orderedIds: readonly string[]): Promise<void> {
    await this.tx.query(
      `UPDATE ${table} b SET position = v.pos, updated_at = now() FROM unnest($1::uuid[], $2::int[]) AS v(id, pos) WHERE b.id = v.id AND b.position <> v.pos`,
      [orderedIds, orderedIds.map((_id, i) => i + 1)],
    );
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  resourcesByIds(ids: readonly string[]): Promise<LearningResource[]> {
    return this.tx.manager.createQueryBuilder(LearningResource, 'r').where('r.id = ANY(:ids)', { ids }).getMany();
  }

  @GenerateSql({ params: [SqlExample.ID] })
  async behaviourHasObservations(behaviourId: string): Promise<number> {
    const [row] = await this.tx.query<{ n: number }>('SELECT count(*)::int AS n FROM path_observation WHERE behaviour_id = $1', [behaviourId]);
    return Number(row.n);
  }
}
