import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { CertificationRecordRepository, CertificationRepository } from '@app/certifications';
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

const records = (ds: DataSource) => new CertificationRecordRepository(new TransactionHost(ds));

/** A record written through the certifications lib's record repository (its service's rules are tested there). */
export async function recordCertification(ds: DataSource, employeeId: string, certificationId: string, earnedOn: string, expiresOn: string | null = null): Promise<string> {
  const id = randomUUID();
  await records(ds).insert({ id, employeeId, certificationId, earnedOn, expiresOn, graceEndsOn: expiresOn, extendedUntil: null, renewsId: null, credentialId: null, credentialUrl: null, evidenceUrl: null });
  return id;
}

/** A renewal: a new current record, the previous one superseded by it. */
export async function renewCertification(ds: DataSource, previousId: string, earnedOn: string, expiresOn: string | null = null): Promise<string> {
  const repo = records(ds);
  const previous = await repo.byId(previousId, earnedOn);
  if (!previous) throw new Error(`no certification record ${previousId}`);
  const id = randomUUID();
  await repo.update(previousId, { supersededById: id });
  await repo.insert({
    id, employeeId: previous.employeeId, certificationId: previous.certificationId, earnedOn, expiresOn, graceEndsOn: expiresOn,
    extendedUntil: null, renewsId: previousId, credentialId: null, credentialUrl: null, evidenceUrl: null,
  });
  return id;
}
