import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { CertificationRepository } from '@app/certifications';
import { uniqueName } from './factories';
import { assignDirect, Level, LEVELS, makeSkillPath as makeFullPath } from './skill-path-factories';

export interface MadePath {
  pathId: string;
  levelIds: Record<'BASELINE' | 'PROFICIENT' | 'ADVANCED', string>;
  /** One behaviour per level. */
  behaviourIds: Record<'BASELINE' | 'PROFICIENT' | 'ADVANCED', string>;
}

/** A job role with its skill path, three levels and one behaviour per level (through the skill-paths repositories). */
export async function makeSkillPath(ds: DataSource): Promise<MadePath> {
  const made = await makeFullPath(ds, { behavioursPerLevel: 1 });
  const levelIds = Object.fromEntries(LEVELS.map((l) => [l, made.levels[l].id])) as MadePath['levelIds'];
  const behaviourIds = Object.fromEntries(LEVELS.map((l) => [l, made.levels[l].behaviourIds[0]])) as MadePath['behaviourIds'];
  return { pathId: made.pathId, levelIds, behaviourIds };
}

export async function assignPath(ds: DataSource, employeeId: string, pathId: string, targetLevel: Level = 'ADVANCED'): Promise<void> {
  await assignDirect(ds, employeeId, pathId, targetLevel);
}

/** A catalog certification that never expires, with no cost (through the certifications lib's repository). */
export async function makeCertification(ds: DataSource): Promise<string> {
  return (await new CertificationRepository(new TransactionHost(ds)).insert({ name: uniqueName('Cert'), issuer: 'Test issuer' })).id;
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
