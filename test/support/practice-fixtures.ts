import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { uniqueName } from './factories';

export interface MadePath {
  pathId: string;
  levelIds: Record<'BASELINE' | 'PROFICIENT' | 'ADVANCED', string>;
  /** One behaviour per level. */
  behaviourIds: Record<'BASELINE' | 'PROFICIENT' | 'ADVANCED', string>;
}

/** A job role with its skill path, three levels and one behaviour per level (rows of skill-paths' tables). */
export async function makeSkillPath(ds: DataSource): Promise<MadePath> {
  const [role] = await ds.query(`INSERT INTO job_role (name) VALUES ($1) RETURNING id`, [uniqueName('Role')]);
  const [path] = await ds.query(`INSERT INTO skill_path (job_role_id, name) VALUES ($1, $2) RETURNING id`, [role.id, uniqueName('Path')]);
  const levels = await ds.query(
    `INSERT INTO path_level (path_id, level, rank) VALUES ($1, 'BASELINE', 1), ($1, 'PROFICIENT', 2), ($1, 'ADVANCED', 3) RETURNING id, level`,
    [path.id],
  );
  const levelIds = Object.fromEntries(levels.map((l: { id: string; level: string }) => [l.level, l.id])) as MadePath['levelIds'];
  const behaviourIds = {} as MadePath['behaviourIds'];
  for (const [level, id] of Object.entries(levelIds)) {
    const [b] = await ds.query(`INSERT INTO path_behaviour (level_id, position, activity, expected_output) VALUES ($1, 1, $2, 'an output') RETURNING id`, [id, `${level} activity`]);
    behaviourIds[level as keyof MadePath['behaviourIds']] = b.id;
  }
  return { pathId: path.id, levelIds, behaviourIds };
}

export async function assignPath(ds: DataSource, employeeId: string, pathId: string, targetLevel = 'ADVANCED'): Promise<void> {
  await ds.query(`INSERT INTO path_assignment (employee_id, path_id, target_level) VALUES ($1, $2, $3)`, [employeeId, pathId, targetLevel]);
}

/** A catalog certification (no expiry unless given). */
export async function makeCertification(ds: DataSource): Promise<string> {
  const [c] = await ds.query(`INSERT INTO certification (name, issuer) VALUES ($1, 'Test issuer') RETURNING id`, [uniqueName('Cert')]);
  return c.id;
}

/** A record written directly (the certifications lib's own API is tested there). */
export async function recordCertification(ds: DataSource, employeeId: string, certificationId: string, earnedOn: string, expiresOn: string | null = null): Promise<string> {
  const [r] = await ds.query(
    `INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on, grace_ends_on) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
    [employeeId, certificationId, earnedOn, expiresOn],
  );
  return r.id;
}

/** A renewal: a new current record, the previous one superseded by it. */
export async function renewCertification(ds: DataSource, previousId: string, earnedOn: string, expiresOn: string | null = null): Promise<string> {
  const id = randomUUID();
  await ds.query(`UPDATE certification_record SET superseded_by_id = $2 WHERE id = $1`, [previousId, id]);
  await ds.query(
    `INSERT INTO certification_record (id, employee_id, certification_id, earned_on, expires_on, grace_ends_on, renews_id)
     SELECT $1, employee_id, certification_id, $3, $4, $4, id FROM certification_record WHERE id = $2`,
    [id, previousId, earnedOn, expiresOn],
  );
  return id;
}
