import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, makeOrg } from '../support/factories';
import { approvedBudget, assignOn, holdCert, incentiveRule, makeCert, makeSnapshotPath, requireCert } from '../support/snapshot-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const SNAPSHOT = `query($id: ID!) { fromToSnapshot(employeeId: $id) { employeeId employeeName takenOn sections {
  assignmentId pathName currentLevel targetLevel nextLevel targetDate horizonDate horizonSource currentLevelSummary
  currentBehaviours { id level activity expectedOutput } targetBehaviours { id level } handledDifferently { id level activity expectedOutput }
  startHere { id level title } nextLevelCertifications { certificationId name required held status earnedOn expiresOn renewalOpensOn effectiveDeadline }
  practiceBudgets { approvedHours extraHours usedHours remainingHours level } payoffs { name kind amount currency level certificationName } } } }`;

interface Section {
  assignmentId: string; pathName: string; currentLevel: string | null; targetLevel: string; nextLevel: string | null; targetDate: string | null; horizonDate: string; horizonSource: string;
  currentBehaviours: Array<{ id: string; level: string }>; targetBehaviours: Array<{ id: string; level: string }>; handledDifferently: Array<{ id: string; level: string; activity: string; expectedOutput: string }>;
  startHere: Array<{ id: string; level: string }>; nextLevelCertifications: Array<Record<string, unknown>>; practiceBudgets: Array<Record<string, unknown>>; payoffs: Array<Record<string, unknown>>;
}
interface Snapshot { fromToSnapshot: { employeeId: string; employeeName: string; takenOn: string; sections: Section[] } }

describe('from–to snapshot of one employee', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

  const view = (employeeId: string, subject: string) => t.gql<Snapshot>(SNAPSHOT, { id: employeeId }, t.token(subject));

  it('shows today beside the target: behaviours handled differently, start-here resources, next-level certifications, budget and payoff', async () => {
    const ds = t.dataSource;
    const p = await makeSnapshotPath(ds);
    const assignmentId = await assignOn(ds, org.alice.id, p.pathId, { currentLevel: 'BASELINE', targetLevel: 'ADVANCED' });
    const held = await makeCert(ds);
    const missing = await makeCert(ds);
    await requireCert(ds, p.jobRoleId, 'PROFICIENT', held.id);
    await requireCert(ds, p.jobRoleId, 'PROFICIENT', missing.id, false);
    await requireCert(ds, p.jobRoleId, 'ADVANCED', (await makeCert(ds)).id);
    await holdCert(ds, org.alice.id, held.id, '2025-06-01', '2026-04-01', '2026-02-01', '2026-05-01');
    await approvedBudget(ds, org.alice.id, org.manager.id, p.levelIds.PROFICIENT, 20, '2026-03-01', '2026-06-30', 90);
    await approvedBudget(ds, org.alice.id, org.manager.id, p.levelIds.PROFICIENT, 5, '2025-01-01', '2025-02-01');
    const levelRule = await incentiveRule(ds, { pathLevelId: p.levelIds.PROFICIENT, amount: 250 });
    const certRule = await incentiveRule(ds, { certificationId: held.id, kind: 'ELIGIBILITY', opportunity: 'Pricing project' });
    await incentiveRule(ds, { pathLevelId: p.levelIds.BASELINE, kind: 'RECOGNITION' });

    const res = await view(org.alice.id, org.alice.subject);
    expect(res.errors).toBeUndefined();
    const snap = res.data.fromToSnapshot;
    expect(snap).toMatchObject({ employeeId: org.alice.id, takenOn: '2026-03-10' });
    expect(snap.sections).toHaveLength(1);
    const s = snap.sections[0];
    expect(s).toMatchObject({ assignmentId, pathName: p.pathName, currentLevel: 'BASELINE', targetLevel: 'ADVANCED', nextLevel: 'PROFICIENT', horizonDate: '2026-09-10', horizonSource: 'SIX_MONTHS', currentLevelSummary: 'BASELINE summary' });
    expect(s.currentBehaviours.map((b) => b.id)).toEqual(p.behaviourIds.BASELINE);
    expect(s.targetBehaviours.map((b) => b.id)).toEqual(p.behaviourIds.ADVANCED);
    expect(s.handledDifferently.map((b) => b.id)).toEqual([...p.behaviourIds.PROFICIENT, ...p.behaviourIds.ADVANCED]);
    expect(s.handledDifferently[0]).toMatchObject({ level: 'PROFICIENT', activity: 'PROFICIENT activity 1', expectedOutput: 'PROFICIENT output 1' });
    expect(s.startHere).toEqual([{ id: p.startHereIds.BASELINE, level: 'BASELINE', title: 'Start BASELINE' }]);
    expect(s.nextLevelCertifications).toEqual([
      { certificationId: held.id, name: held.name, required: true, held: true, status: 'RENEWAL_DUE', earnedOn: '2025-06-01', expiresOn: '2026-04-01', renewalOpensOn: '2026-02-01', effectiveDeadline: '2026-04-01' },
      { certificationId: missing.id, name: missing.name, required: false, held: false, status: null, earnedOn: null, expiresOn: null, renewalOpensOn: null, effectiveDeadline: null },
    ]);
    expect(s.practiceBudgets).toEqual([{ approvedHours: 20, extraHours: 0, usedHours: 1.5, remainingHours: 18.5, level: 'PROFICIENT' }]);
    expect(s.payoffs.map((x) => x.name).sort()).toEqual([levelRule.name, certRule.name].sort());
    expect(s.payoffs.find((x) => x.name === levelRule.name)).toMatchObject({ kind: 'PAY_STEP', amount: 250, currency: 'EUR', level: 'PROFICIENT', certificationName: null });
    expect(s.payoffs.find((x) => x.name === certRule.name)).toMatchObject({ kind: 'ELIGIBILITY', certificationName: held.name, level: null });
  });

  it('horizon: six months by default, the assignment\'s target date when set; one section per assignment; baseline resources before any level', async () => {
    const ds = t.dataSource;
    const e = await makeEmployee(ds, { managerId: org.manager.id });
    const a = await makeSnapshotPath(ds);
    const b = await makeSnapshotPath(ds, { activityPrefix: 'B ' });
    await assignOn(ds, e.id, a.pathId, { currentLevel: null, targetLevel: 'PROFICIENT' });
    await assignOn(ds, e.id, b.pathId, { currentLevel: 'PROFICIENT', targetLevel: 'ADVANCED', targetDate: '2026-12-31' });
    const res = await view(e.id, e.subject);
    expect(res.errors).toBeUndefined();
    const byPath = new Map(res.data.fromToSnapshot.sections.map((s) => [s.pathName, s]));
    expect(byPath.size).toBe(2);
    const sa = byPath.get(a.pathName) as Section;
    const sb = byPath.get(b.pathName) as Section;
    expect(sa).toMatchObject({ horizonDate: '2026-09-10', horizonSource: 'SIX_MONTHS', targetDate: null, currentLevel: null, nextLevel: 'BASELINE' });
    expect(sa.currentBehaviours).toEqual([]);
    expect(sa.handledDifferently.map((x) => x.id)).toEqual([...a.behaviourIds.BASELINE, ...a.behaviourIds.PROFICIENT]);
    expect(sa.startHere.map((r) => r.id)).toEqual([a.startHereIds.BASELINE]);
    expect(sb).toMatchObject({ horizonDate: '2026-12-31', horizonSource: 'TARGET_DATE', targetDate: '2026-12-31', nextLevel: 'ADVANCED' });
    expect(sb.handledDifferently.map((x) => x.id)).toEqual(b.behaviourIds.ADVANCED);
    expect(sb.startHere.map((r) => r.id)).toEqual([b.startHereIds.PROFICIENT]);
  });

  it('a behaviour already done at today\'s level is not listed as handled differently', async () => {
    const ds = t.dataSource;
    const e = await makeEmployee(ds, { managerId: org.manager.id });
    const p = await makeSnapshotPath(ds);
    await ds.query(`UPDATE path_behaviour SET activity = '  baseline ACTIVITY 1 ' WHERE id = $1`, [p.behaviourIds.PROFICIENT[0]]);
    await assignOn(ds, e.id, p.pathId, { currentLevel: 'BASELINE', targetLevel: 'PROFICIENT' });
    const s = (await view(e.id, e.subject)).data.fromToSnapshot.sections[0];
    expect(s.handledDifferently.map((x) => x.id)).toEqual([p.behaviourIds.PROFICIENT[1]]);
  });

  it('the manager, the skip-level manager and HR see it; a peer and another manager get NOT_FOUND, a malformed id BAD_USER_INPUT', async () => {
    const p = await makeSnapshotPath(t.dataSource);
    await assignOn(t.dataSource, org.bob.id, p.pathId, { currentLevel: 'BASELINE' });
    for (const who of [org.bob, org.manager, org.director, org.hr]) {
      const res = await view(org.bob.id, who.subject);
      expect(res.errors).toBeUndefined();
      expect(res.data.fromToSnapshot.employeeId).toBe(org.bob.id);
    }
    for (const who of [org.alice, org.otherManager, org.outsider]) {
      const res = await view(org.bob.id, who.subject);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    const bad = await view('not-a-uuid', org.hr.subject);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const missing = await view('00000000-0000-4000-8000-000000000000', org.hr.subject);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await t.gql(SNAPSHOT, { id: org.bob.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
