import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { MonthlySnapshotScheduler } from '@app/snapshots';
import { makeEmployee, makeOrg } from '../support/factories';
import { assignOn, makeSnapshotPath } from '../support/snapshot-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const SAVE = `mutation($id: ID!) { saveSnapshot(employeeId: $id) { id employeeId assignmentId kind takenOn periodMonth section { currentLevel pathName } } }`;
const HISTORY = `query($id: ID!) { snapshotHistory(employeeId: $id) { id assignmentId kind takenOn periodMonth section { currentLevel } } }`;
const COMPARE = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { compareSnapshots(employeeId: $id, from: $from, to: $to) {
  assignmentId pathName fromTakenOn toTakenOn fromLevel toLevel levelsGained behavioursGained { id level activity } } }`;
const MONTHLY = `mutation($month: String!) { saveMonthlySnapshots(month: $month) { month saved } }`;

type Saved = { id: string; employeeId: string; assignmentId: string; kind: string; takenOn: string; periodMonth: string | null; section: { currentLevel: string | null } };

describe('saved snapshots: on demand, monthly, history and comparison', () => {
  let t: TestApp;
  let clock: FixedClock;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    clock = new FixedClock(DateTime.fromISO('2026-01-15T12:00:00Z'));
    t = await startTestApp({}, clock);
    org = await makeOrg(t.dataSource);
  });
  afterEach(() => clock.set(DateTime.fromISO('2026-01-15T12:00:00Z')));
  afterAll(() => t.close());

  it('compares two saved dates: the levels reached between them and their behaviours', async () => {
    const ds = t.dataSource;
    const e = await makeEmployee(ds, { managerId: org.manager.id });
    const p = await makeSnapshotPath(ds);
    const assignmentId = await assignOn(ds, e.id, p.pathId, { currentLevel: 'BASELINE', targetLevel: 'ADVANCED' });
    const first = await t.gql<{ saveSnapshot: Saved[] }>(SAVE, { id: e.id }, t.token(org.manager.subject));
    expect(first.errors).toBeUndefined();
    expect(first.data.saveSnapshot).toEqual([expect.objectContaining({ employeeId: e.id, assignmentId, kind: 'ON_DEMAND', takenOn: '2026-01-15', periodMonth: null, section: { currentLevel: 'BASELINE', pathName: p.pathName } })]);

    clock.set(DateTime.fromISO('2026-04-20T12:00:00Z'));
    await ds.query(`UPDATE path_assignment SET current_level = 'ADVANCED' WHERE id = $1`, [assignmentId]);
    const second = await t.gql<{ saveSnapshot: Saved[] }>(SAVE, { id: e.id }, t.token(e.subject));
    expect(second.data.saveSnapshot[0]).toMatchObject({ takenOn: '2026-04-20', section: { currentLevel: 'ADVANCED' } });

    const history = await t.gql<{ snapshotHistory: Saved[] }>(HISTORY, { id: e.id }, t.token(org.director.subject));
    expect(history.data.snapshotHistory.map((h) => [h.takenOn, h.section.currentLevel])).toEqual([['2026-04-20', 'ADVANCED'], ['2026-01-15', 'BASELINE']]);

    const cmp = await t.gql<{ compareSnapshots: Array<{ levelsGained: string[]; behavioursGained: Array<{ id: string; level: string }>; fromTakenOn: string; toTakenOn: string; fromLevel: string; toLevel: string }> }>(
      COMPARE, { id: e.id, from: '2026-02-01', to: '2026-04-20' }, t.token(e.subject));
    expect(cmp.errors).toBeUndefined();
    expect(cmp.data.compareSnapshots).toHaveLength(1);
    expect(cmp.data.compareSnapshots[0]).toMatchObject({ fromTakenOn: '2026-01-15', toTakenOn: '2026-04-20', fromLevel: 'BASELINE', toLevel: 'ADVANCED', levelsGained: ['PROFICIENT', 'ADVANCED'] });
    expect(cmp.data.compareSnapshots[0].behavioursGained.map((b) => b.id)).toEqual([...p.behaviourIds.PROFICIENT, ...p.behaviourIds.ADVANCED]);

    const same = await t.gql<{ compareSnapshots: Array<{ levelsGained: string[]; behavioursGained: unknown[] }> }>(COMPARE, { id: e.id, from: '2026-01-15', to: '2026-03-01' }, t.token(e.subject));
    expect(same.data.compareSnapshots[0]).toMatchObject({ levelsGained: [], behavioursGained: [] });

    const tooEarly = await t.gql(COMPARE, { id: e.id, from: '2025-12-01', to: '2026-04-20' }, t.token(e.subject));
    expect(tooEarly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const reversed = await t.gql(COMPARE, { id: e.id, from: '2026-04-20', to: '2026-01-15' }, t.token(e.subject));
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const peer = await t.gql(COMPARE, { id: e.id, from: '2026-01-15', to: '2026-04-20' }, t.token(org.alice.subject));
    expect(peer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('saving again the same day replaces that day\'s snapshot; a peer cannot save or read history; saving is audited', async () => {
    const ds = t.dataSource;
    const e = await makeEmployee(ds, { managerId: org.manager.id });
    const p = await makeSnapshotPath(ds);
    const assignmentId = await assignOn(ds, e.id, p.pathId, { currentLevel: null });
    await t.gql(SAVE, { id: e.id }, t.token(e.subject));
    await ds.query(`UPDATE path_assignment SET current_level = 'BASELINE' WHERE id = $1`, [assignmentId]);
    const again = await t.gql<{ saveSnapshot: Saved[] }>(SAVE, { id: e.id }, t.token(org.hr.subject));
    expect(again.data.saveSnapshot[0].section.currentLevel).toBe('BASELINE');
    const rows = await ds.query(`SELECT content->>'currentLevel' AS level FROM employee_snapshot WHERE employee_id = $1`, [e.id]);
    expect(rows).toEqual([{ level: 'BASELINE' }]);
    const audits = await ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'saveSnapshot' AND entity_id = $1 AND outcome = 'OK'`, [e.id]);
    expect(audits[0].n).toBe(2);

    const peerSave = await t.gql(SAVE, { id: e.id }, t.token(org.alice.subject));
    expect(peerSave.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const peerHistory = await t.gql(HISTORY, { id: e.id }, t.token(org.outsider.subject));
    expect(peerHistory.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ds.query(`SELECT count(*)::int AS n FROM employee_snapshot WHERE employee_id = $1`, [e.id]))[0].n).toBe(1);
  });

  it('monthly snapshots are saved once per employee, assignment and month (idempotent), HR only, current month only', async () => {
    const ds = t.dataSource;
    const e = await makeEmployee(ds, { managerId: org.manager.id });
    const a = await makeSnapshotPath(ds);
    const b = await makeSnapshotPath(ds);
    await assignOn(ds, e.id, a.pathId, { currentLevel: 'BASELINE' });
    await assignOn(ds, e.id, b.pathId, { currentLevel: null });
    const hr = t.token(org.hr.subject);
    const run = await t.gql<{ saveMonthlySnapshots: { month: string; saved: number } }>(MONTHLY, { month: '2026-01' }, hr);
    expect(run.errors).toBeUndefined();
    expect(run.data.saveMonthlySnapshots.saved).toBeGreaterThanOrEqual(2);
    const mine = await ds.query(`SELECT kind, taken_on::text AS taken_on, period_month::text AS period_month FROM employee_snapshot WHERE employee_id = $1`, [e.id]);
    expect(mine).toEqual([
      { kind: 'MONTHLY', taken_on: '2026-01-15', period_month: '2026-01-01' },
      { kind: 'MONTHLY', taken_on: '2026-01-15', period_month: '2026-01-01' },
    ]);

    clock.set(DateTime.fromISO('2026-01-28T12:00:00Z'));
    const rerun = await t.gql<{ saveMonthlySnapshots: { saved: number } }>(MONTHLY, { month: '2026-01' }, hr);
    expect(rerun.errors).toBeUndefined();
    expect((await ds.query(`SELECT count(*)::int AS n FROM employee_snapshot WHERE employee_id = $1`, [e.id]))[0].n).toBe(2);

    const history = await t.gql<{ snapshotHistory: Saved[] }>(HISTORY, { id: e.id }, t.token(e.subject));
    expect(history.data.snapshotHistory.map((h) => [h.kind, h.periodMonth])).toEqual([['MONTHLY', '2026-01-01'], ['MONTHLY', '2026-01-01']]);

    const other = await t.gql(MONTHLY, { month: '2025-12' }, hr);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    const malformed = await t.gql(MONTHLY, { month: 'January' }, hr);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    const manager = await t.gql(MONTHLY, { month: '2026-01' }, t.token(org.manager.subject));
    expect(manager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the scheduler saves the current month once, then waits for the next month', async () => {
    clock.set(DateTime.fromISO('2026-02-03T08:00:00Z'));
    const ds = t.dataSource;
    const e = await makeEmployee(ds, { managerId: org.manager.id });
    const p = await makeSnapshotPath(ds);
    await assignOn(ds, e.id, p.pathId, { currentLevel: 'BASELINE' });
    const scheduler = t.app.get(MonthlySnapshotScheduler);
    expect(await scheduler.tick()).toBeGreaterThanOrEqual(1);
    expect(await ds.query(`SELECT kind, period_month::text AS period_month FROM employee_snapshot WHERE employee_id = $1`, [e.id])).toEqual([{ kind: 'MONTHLY', period_month: '2026-02-01' }]);
    expect(await scheduler.tick()).toBe(0);
    clock.set(DateTime.fromISO('2026-03-01T08:00:00Z'));
    expect(await scheduler.tick()).toBeGreaterThanOrEqual(1);
    expect((await ds.query(`SELECT count(*)::int AS n FROM employee_snapshot WHERE employee_id = $1 AND kind = 'MONTHLY'`, [e.id]))[0].n).toBe(2);
  });
});
