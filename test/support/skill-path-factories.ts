import { DataSource } from 'typeorm';
import { makeJobRole, uniqueName } from './factories';

export type Level = 'BASELINE' | 'PROFICIENT' | 'ADVANCED';
export const LEVELS: Level[] = ['BASELINE', 'PROFICIENT', 'ADVANCED'];

export interface MadePath {
  pathId: string;
  jobRoleId: string;
  levels: Record<Level, { id: string; behaviourIds: string[] }>;
}

export { makeJobRole } from './factories';

/** A job role with its path, three levels and `behavioursPerLevel` behaviours on each (direct SQL). */
export async function makeSkillPath(ds: DataSource, opts: { behavioursPerLevel?: number; minObservations?: number } = {}): Promise<MadePath> {
  const jobRoleId = await makeJobRole(ds);
  const [path] = await ds.query(`INSERT INTO skill_path (job_role_id, name) VALUES ($1, $2) RETURNING id`, [jobRoleId, uniqueName('Path')]);
  const levels = {} as MadePath['levels'];
  for (const [i, level] of LEVELS.entries()) {
    const [l] = await ds.query(
      `INSERT INTO path_level (path_id, level, rank, summary, min_observations_per_behaviour) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [path.id, level, i + 1, `${level} summary`, opts.minObservations ?? 1],
    );
    const behaviourIds: string[] = [];
    for (let b = 1; b <= (opts.behavioursPerLevel ?? 1); b++) {
      const [row] = await ds.query(
        `INSERT INTO path_behaviour (level_id, position, activity, expected_output) VALUES ($1, $2, $3, $4) RETURNING id`,
        [l.id, b, `${level} activity ${b}`, `${level} output ${b}`],
      );
      behaviourIds.push(row.id);
    }
    levels[level] = { id: l.id, behaviourIds };
  }
  return { pathId: path.id, jobRoleId, levels };
}

/** Puts an employee on a path directly (bypassing the API). */
export async function assignDirect(ds: DataSource, employeeId: string, pathId: string, targetLevel: Level = 'ADVANCED'): Promise<string> {
  const [row] = await ds.query(`INSERT INTO path_assignment (employee_id, path_id, target_level) VALUES ($1, $2, $3) RETURNING id`, [employeeId, pathId, targetLevel]);
  return row.id;
}

export async function countRows(ds: DataSource, sql: string, params: unknown[]): Promise<number> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return n;
}


export { countStatements } from './statement-count';
