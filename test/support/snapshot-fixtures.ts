import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { CertificationRecordRepository, CertificationRepository } from '@app/certifications';
import { IncentiveKind, IncentiveRepository, IncentiveRule } from '@app/incentives';
import { PracticeBudgetRepository } from '@app/practice-budgets';
import { PathAssignmentRepository, SkillPathRepository } from '@app/skill-paths';
import { uniqueName } from './factories';
import { Level, LEVELS, makeSkillPath } from './skill-path-factories';

export { LEVELS } from './skill-path-factories';
export type { Level } from './skill-path-factories';

export interface SnapshotPath {
  pathId: string;
  pathName: string;
  jobRoleId: string;
  levelIds: Record<Level, string>;
  behaviourIds: Record<Level, string[]>;
  /** Start-here resources per level (one each); plus one untagged resource on BASELINE. */
  startHereIds: Record<Level, string>;
}

const tx = (ds: DataSource) => new TransactionHost(ds);

/** A job role, its path, three levels with two behaviours each and a "start here" resource per level (through the skill-paths repositories). */
export async function makeSnapshotPath(ds: DataSource, texts: { activityPrefix?: string } = {}): Promise<SnapshotPath> {
  const made = await makeSkillPath(ds, { behavioursPerLevel: 2, activityPrefix: texts.activityPrefix });
  const paths = new SkillPathRepository(tx(ds));
  const levelIds = {} as SnapshotPath['levelIds'];
  const behaviourIds = {} as SnapshotPath['behaviourIds'];
  const startHereIds = {} as SnapshotPath['startHereIds'];
  for (const level of LEVELS) {
    const levelId = made.levels[level].id;
    levelIds[level] = levelId;
    behaviourIds[level] = made.levels[level].behaviourIds;
    startHereIds[level] = (await paths.insertResource({ levelId, position: 1, title: `Start ${level}`, url: 'https://example.test/start', kind: 'COURSE', estimatedMinutes: 30, startHere: true })).id;
    await paths.insertResource({ levelId, position: 2, title: `More ${level}`, url: 'https://example.test/more', kind: 'ARTICLE', estimatedMinutes: null, startHere: false });
  }
  return { pathId: made.pathId, pathName: made.pathName, jobRoleId: made.jobRoleId, levelIds, behaviourIds, startHereIds };
}

export async function assignOn(ds: DataSource, employeeId: string, pathId: string, values: { currentLevel?: Level | null; targetLevel?: Level; targetDate?: string | null } = {}): Promise<string> {
  const row = await new PathAssignmentRepository(tx(ds)).insert({ employeeId, pathId, currentLevel: values.currentLevel ?? null, targetLevel: values.targetLevel ?? 'ADVANCED', targetDate: values.targetDate ?? null });
  return row.id;
}

export async function makeCert(ds: DataSource, name = uniqueName('Cert')): Promise<{ id: string; name: string }> {
  const c = await new CertificationRepository(tx(ds)).insert({ name, issuer: 'Issuer', studyGuideUrl: 'https://example.test/guide' });
  return { id: c.id, name };
}

export async function requireCert(ds: DataSource, jobRoleId: string, level: Level, certificationId: string, required = true): Promise<void> {
  await new CertificationRepository(tx(ds)).insertRequirement({ jobRoleId, level, certificationId, required });
}

/** A current record with its cycle dates (renewal window opens two months before expiry; 30 days grace). */
export async function holdCert(ds: DataSource, employeeId: string, certificationId: string, earnedOn: string, expiresOn: string, windowOpensOn: string, graceEndsOn: string): Promise<void> {
  await new CertificationRecordRepository(tx(ds)).insert({
    id: randomUUID(), employeeId, certificationId, earnedOn, expiresOn, windowOpensOn, graceEndsOn, extendedUntil: null, renewsId: null, credentialId: null, credentialUrl: null, evidenceUrl: null,
  });
}

/** An approved practice budget on a path level with `usedMinutes` logged against it (through the practice-budgets repository). */
export async function approvedBudget(ds: DataSource, employeeId: string, proposedById: string, pathLevelId: string, hours: number, periodStart: string, periodEnd: string, usedMinutes = 0): Promise<string> {
  const budgets = new PracticeBudgetRepository(tx(ds));
  const b = await budgets.insertBudget({ employeeId, proposedById, pathLevelId, program: null, hours, periodStart, periodEnd, status: 'APPROVED' });
  if (usedMinutes > 0) await budgets.insertSession({ budgetId: b.id, employeeId, practicedOn: periodStart, minutes: usedMinutes, note: null });
  return b.id;
}

export async function incentiveRule(ds: DataSource, values: { pathLevelId?: string; certificationId?: string; kind?: string; amount?: number; opportunity?: string; name?: string }): Promise<{ id: string; name: string }> {
  const name = values.name ?? uniqueName('Rule');
  const kind = (values.kind ?? 'PAY_STEP') as IncentiveKind;
  const money = kind === 'PAY_STEP' || kind === 'BONUS';
  const amount = money ? (values.amount ?? 100) : null;
  const rule = await new IncentiveRepository(tx(ds)).saveRule(Object.assign(new IncentiveRule(), {
    name, kind, pathLevelId: values.pathLevelId ?? null, certificationId: values.certificationId ?? null, baseAmount: amount, amount, currency: money ? 'EUR' : null,
    opportunity: values.opportunity ?? null, amountRecurrence: money ? (kind === 'PAY_STEP' ? 'RECURRING' : 'ONE_OFF') : null,
  }));
  return { id: rule.id, name };
}
