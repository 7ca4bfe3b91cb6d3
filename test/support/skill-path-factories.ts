import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { PathAssignmentRepository, SkillPathRepository } from '@app/skill-paths';
import { makeJobRole, uniqueName } from './factories';

export type Level = 'BASELINE' | 'PROFICIENT' | 'ADVANCED';
export const LEVELS: Level[] = ['BASELINE', 'PROFICIENT', 'ADVANCED'];

export interface MadePath {
  pathId: string;
  pathName: string;
  jobRoleId: string;
  levels: Record<Level, { id: string; behaviourIds: string[] }>;
}

export { makeJobRole } from './factories';

const paths = (ds: DataSource) => new SkillPathRepository(new TransactionHost(ds));

/** A job role with its path, three levels and `behavioursPerLevel` behaviours on each (through the skill-paths lib's repository). */
export async function makeSkillPath(ds: DataSource, opts: { behavioursPerLevel?: number; minObservations?: number; activityPrefix?: string } = {}): Promise<MadePath> {
  const jobRoleId = await makeJobRole(ds);
  const repo = paths(ds);
  const pathName = uniqueName('Path');
  const made = await repo.insertPath(
    { jobRoleId, name: pathName, description: null },
    LEVELS.map((level, i) => ({ level, rank: i + 1, summary: `${level} summary`, minObservationsPerBehaviour: opts.minObservations ?? 1 })),
  );
  const levels = {} as MadePath['levels'];
  for (const l of made.levels) {
    const behaviourIds: string[] = [];
    for (let b = 1; b <= (opts.behavioursPerLevel ?? 1); b++) {
      behaviourIds.push((await repo.insertBehaviour({ levelId: l.id, position: b, activity: `${opts.activityPrefix ?? ''}${l.level} activity ${b}`, expectedOutput: `${l.level} output ${b}` })).id);
    }
    levels[l.level as Level] = { id: l.id, behaviourIds };
  }
  return { pathId: made.path.id, pathName, jobRoleId, levels };
}

/** Puts an employee on a path directly (through the repository, bypassing the API's checks and audit). */
export async function assignDirect(ds: DataSource, employeeId: string, pathId: string, targetLevel: Level = 'ADVANCED'): Promise<string> {
  return (await new PathAssignmentRepository(new TransactionHost(ds)).insert({ employeeId, pathId, targetLevel })).id;
}

export async function countRows(ds: DataSource, sql: string, params: unknown[]): Promise<number> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return n;
}


export { countStatements } from './statement-count';
