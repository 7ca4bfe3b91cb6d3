import { DataSource } from 'typeorm';
import { uniqueName } from './factories';

export type Level = 'BASELINE' | 'PROFICIENT' | 'ADVANCED';
export const LEVELS: Level[] = ['BASELINE', 'PROFICIENT', 'ADVANCED'];

export interface SnapshotPath {
  pathId: string;
  pathName: string;
  jobRoleId: string;
  levelIds: Record<Level, string>;
  behaviourIds: Record<Level, string[]>;
  /** Start-here resources per level (one each); plus one untagged resource on BASELINE. */
  startHereIds: Record<Level, string>;
}

/** A job role, its path, three levels with two behaviours each and a "start here" resource per level (direct SQL). */
export async function makeSnapshotPath(ds: DataSource, texts: { activityPrefix?: string } = {}): Promise<SnapshotPath> {
  const [role] = await ds.query(`INSERT INTO job_role (name) VALUES ($1) RETURNING id`, [uniqueName('Role')]);
  const pathName = uniqueName('Path');
  const [path] = await ds.query(`INSERT INTO skill_path (job_role_id, name) VALUES ($1, $2) RETURNING id`, [role.id, pathName]);
  const levelIds = {} as SnapshotPath['levelIds'];
  const behaviourIds = {} as SnapshotPath['behaviourIds'];
  const startHereIds = {} as SnapshotPath['startHereIds'];
  for (const [i, level] of LEVELS.entries()) {
    const [l] = await ds.query(`INSERT INTO path_level (path_id, level, rank, summary) VALUES ($1, $2, $3, $4) RETURNING id`, [path.id, level, i + 1, `${level} summary`]);
    levelIds[level] = l.id;
    behaviourIds[level] = [];
    for (const b of [1, 2]) {
      const [row] = await ds.query(
        `INSERT INTO path_behaviour (level_id, position, activity, expected_output) VALUES ($1, $2, $3, $4) RETURNING id`,
        [l.id, b, `${texts.activityPrefix ?? ''}${level} activity ${b}`, `${level} output ${b}`],
      );
      behaviourIds[level].push(row.id);
    }
    const [r] = await ds.query(
      `INSERT INTO learning_resource (level_id, position, title, url, kind, estimated_minutes, start_here) VALUES ($1, 1, $2, 'https://example.test/start', 'COURSE', 30, true) RETURNING id`,
      [l.id, `Start ${level}`],
    );
    startHereIds[level] = r.id;
    await ds.query(`INSERT INTO learning_resource (level_id, position, title, url, kind) VALUES ($1, 2, $2, 'https://example.test/more', 'ARTICLE')`, [l.id, `More ${level}`]);
  }
  return { pathId: path.id, pathName, jobRoleId: role.id, levelIds, behaviourIds, startHereIds };
}

export async function assignOn(ds: DataSource, employeeId: string, pathId: string, values: { currentLevel?: Level | null; targetLevel?: Level; targetDate?: string | null } = {}): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO path_assignment (employee_id, path_id, current_level, target_level, target_date) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [employeeId, pathId, values.currentLevel ?? null, values.targetLevel ?? 'ADVANCED', values.targetDate ?? null],
  );
  return row.id;
}

export async function makeCert(ds: DataSource, name = uniqueName('Cert')): Promise<{ id: string; name: string }> {
  const [c] = await ds.query(`INSERT INTO certification (name, issuer, study_guide_url) VALUES ($1, 'Issuer', 'https://example.test/guide') RETURNING id`, [name]);
  return { id: c.id, name };
}

export async function requireCert(ds: DataSource, jobRoleId: string, level: Level, certificationId: string, required = true): Promise<void> {
  await ds.query(`INSERT INTO certification_requirement (job_role_id, level, certification_id, required) VALUES ($1, $2, $3, $4)`, [jobRoleId, level, certificationId, required]);
}

/** A current record with its cycle dates (renewal window opens two months before expiry; 30 days grace). */
export async function holdCert(ds: DataSource, employeeId: string, certificationId: string, earnedOn: string, expiresOn: string, windowOpensOn: string, graceEndsOn: string): Promise<void> {
  await ds.query(
    `INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on, window_opens_on, grace_ends_on) VALUES ($1, $2, $3, $4, $5, $6)`,
    [employeeId, certificationId, earnedOn, expiresOn, windowOpensOn, graceEndsOn],
  );
}

/** An approved practice budget on a path level with `usedMinutes` logged against it. */
export async function approvedBudget(ds: DataSource, employeeId: string, proposedById: string, pathLevelId: string, hours: number, periodStart: string, periodEnd: string, usedMinutes = 0): Promise<string> {
  const [b] = await ds.query(
    `INSERT INTO practice_budget (employee_id, proposed_by_id, path_level_id, hours, period_start, period_end, status) VALUES ($1, $2, $3, $4, $5, $6, 'APPROVED') RETURNING id`,
    [employeeId, proposedById, pathLevelId, hours, periodStart, periodEnd],
  );
  if (usedMinutes > 0) await ds.query(`INSERT INTO practice_session (budget_id, employee_id, practiced_on, minutes) VALUES ($1, $2, $3, $4)`, [b.id, employeeId, periodStart, usedMinutes]);
  return b.id;
}

export async function incentiveRule(ds: DataSource, values: { pathLevelId?: string; certificationId?: string; kind?: string; amount?: number; opportunity?: string; name?: string }): Promise<{ id: string; name: string }> {
  const name = values.name ?? uniqueName('Rule');
  const kind = values.kind ?? 'PAY_STEP';
  const money = kind === 'PAY_STEP' || kind === 'BONUS';
  const [r] = await ds.query(
    `INSERT INTO incentive_rule (name, kind, path_level_id, certification_id, base_amount, amount, currency, opportunity, amount_recurrence) VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8) RETURNING id`,
    [name, kind, values.pathLevelId ?? null, values.certificationId ?? null, money ? (values.amount ?? 100) : null, money ? 'EUR' : null, values.opportunity ?? null, money ? (kind === 'PAY_STEP' ? 'RECURRING' : 'ONE_OFF') : null],
  );
  return { id: r.id, name };
}
