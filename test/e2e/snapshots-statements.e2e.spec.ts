import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee } from '../support/factories';
import { countStatements } from '../support/skill-path-factories';
import { approvedBudget, assignOn, holdCert, incentiveRule, makeCert, makeSnapshotPath, requireCert } from '../support/snapshot-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const TEAM = `query($first: Int, $after: String) { teamSnapshots(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  nodes { employeeId employeeName sections { pathName currentLevel horizonDate currentBehaviours { id } handledDifferently { id activity }
  startHere { id } nextLevelCertifications { name status expiresOn } practiceBudgets { remainingHours } payoffs { name } } } } }`;

interface Team { teamSnapshots: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ employeeId: string; sections: Array<{ handledDifferently: unknown[]; nextLevelCertifications: unknown[]; practiceBudgets: unknown[]; payoffs: unknown[]; startHere: unknown[] }> }> } }

describe('team snapshots cost a constant number of SQL statements', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
  });
  afterAll(() => t.close());

  /** A manager over a sub-manager: `n` people in the line, each on a path with a certification, budget and rules; two on a second path. */
  async function teamOf(n: number): Promise<{ token: string; ids: string[] }> {
    const ds = t.dataSource;
    const manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    const sub = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'], managerId: manager.id });
    const ids = [sub.id];
    const second = await makeSnapshotPath(ds);
    for (let i = 1; i < n; i++) {
      const e = await makeEmployee(ds, { managerId: i % 2 ? sub.id : manager.id });
      ids.push(e.id);
    }
    for (const [i, id] of ids.entries()) {
      const p = await makeSnapshotPath(ds);
      const cert = await makeCert(ds);
      await requireCert(ds, p.jobRoleId, 'PROFICIENT', cert.id);
      await holdCert(ds, id, cert.id, '2025-06-01', '2026-06-01', '2026-04-01', '2026-07-01');
      await approvedBudget(ds, id, manager.id, p.levelIds.PROFICIENT, 10, '2026-03-01', '2026-05-31', 60);
      await incentiveRule(ds, { pathLevelId: p.levelIds.PROFICIENT });
      await incentiveRule(ds, { certificationId: cert.id, kind: 'BONUS' });
      await assignOn(ds, id, p.pathId, { currentLevel: 'BASELINE', targetDate: i % 3 ? null : '2026-12-31' });
      if (i < 2) await assignOn(ds, id, second.pathId, { currentLevel: null });
    }
    return { token: t.token(manager.subject), ids };
  }

  it('a line of 3 and a line of 30, every section filled, cost the same statements', async () => {
    const small = await teamOf(3);
    const large = await teamOf(30);
    let s: Team | undefined;
    let l: Team | undefined;
    const smallCount = await countStatements(t.dataSource, async () => (s = (await t.gql<Team>(TEAM, { first: 200 }, small.token)).data));
    const largeCount = await countStatements(t.dataSource, async () => (l = (await t.gql<Team>(TEAM, { first: 200 }, large.token)).data));
    expect(s?.teamSnapshots.totalCount).toBe(3);
    expect(l?.teamSnapshots.totalCount).toBe(30);
    expect(new Set(l?.teamSnapshots.nodes.map((n) => n.employeeId))).toEqual(new Set(large.ids));
    const sections = l?.teamSnapshots.nodes.flatMap((n) => n.sections) ?? [];
    expect(sections).toHaveLength(32);
    const full = sections.filter((x) => x.nextLevelCertifications.length === 1 && x.practiceBudgets.length === 1 && x.payoffs.length === 2);
    expect(full).toHaveLength(30);
    expect(full.every((x) => x.handledDifferently.length === 4)).toBe(true);
    expect(sections.every((x) => x.startHere.length === 1)).toBe(true);
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(12);
    process.stdout.write(`teamSnapshots statements: line of 3 = ${smallCount}, line of 30 = ${largeCount}\n`);
  });

  it('pages through the line by name with a cursor', async () => {
    const team = await teamOf(5);
    const first = await t.gql<Team>(TEAM, { first: 2 }, team.token);
    expect(first.data.teamSnapshots).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const seen = first.data.teamSnapshots.nodes.map((n) => n.employeeId);
    let after = first.data.teamSnapshots.pageInfo.endCursor;
    while (after) {
      const next = await t.gql<Team>(TEAM, { first: 2, after }, team.token);
      seen.push(...next.data.teamSnapshots.nodes.map((n) => n.employeeId));
      after = next.data.teamSnapshots.pageInfo.hasNextPage ? next.data.teamSnapshots.pageInfo.endCursor : null;
    }
    expect(seen.sort()).toEqual([...team.ids].sort());
    const tooMany = await t.gql(TEAM, { first: 201 }, team.token);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
