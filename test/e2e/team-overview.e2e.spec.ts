import { countStatements } from '../support/statement-count';
import { makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { assignOn, holdCert, makeCert, makeSnapshotPath } from '../support/snapshot-fixtures';

const Q = `query($managerId: ID, $first: Int, $after: String) { teamOverview(managerId: $managerId, first: $first, after: $after) {
  totalCount hasNextPage endCursor members { id displayName paths { pathName } certifications { status certificationName } } } }`;

type Overview = { teamOverview: { totalCount: number; hasNextPage: boolean; endCursor: string | null; members: Array<{ id: string }> } };

describe('teamOverview (a manager dashboard in one statement)', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

  it('lists the whole reporting line, paged, and nobody else', async () => {
    const token = t.token(org.director.subject);
    const first = await t.gql<Overview>(Q, { first: 2 }, token);
    expect(first.data.teamOverview.totalCount).toBe(3);
    expect(first.data.teamOverview.hasNextPage).toBe(true);
    const second = await t.gql<Overview>(Q, { first: 2, after: first.data.teamOverview.endCursor }, token);
    const ids = [...first.data.teamOverview.members, ...second.data.teamOverview.members].map((m) => m.id).sort();
    expect(ids).toEqual([org.manager.id, org.alice.id, org.bob.id].sort());
    expect(second.data.teamOverview.hasNextPage).toBe(false);
    // Past the end: no members, and the count still holds.
    const beyond = await t.gql<Overview>(Q, { first: 2, after: second.data.teamOverview.endCursor }, token);
    expect(beyond.data.teamOverview).toMatchObject({ totalCount: 3, hasNextPage: false, endCursor: null, members: [] });
  });

  it('a manager may look at a sub-line, not outside; HR anywhere; bad page size names the field', async () => {
    const director = t.token(org.director.subject);
    expect((await t.gql<Overview>(Q, { managerId: org.manager.id }, director)).data.teamOverview.totalCount).toBe(2);
    expect((await t.gql(Q, { managerId: org.otherManager.id }, director)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql<Overview>(Q, { managerId: org.otherManager.id }, t.token(org.hr.subject))).data.teamOverview.totalCount).toBe(1);
    expect((await t.gql(Q, { first: 500 }, director)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await t.gql<Overview>(Q, {}, t.token(org.alice.subject))).data.teamOverview.totalCount).toBe(0);
  });

  it('carries each member\'s levels and current certifications exactly as the per-person API reports them', async () => {
    const path = await makeSnapshotPath(t.dataSource);
    await assignOn(t.dataSource, org.alice.id, path.pathId, { currentLevel: 'BASELINE', targetLevel: 'PROFICIENT', targetDate: '2027-06-30' });
    const [active, lapsed] = [await makeCert(t.dataSource), await makeCert(t.dataSource)];
    await holdCert(t.dataSource, org.alice.id, active.id, '2025-01-10', '2030-01-10', '2029-11-10', '2030-02-09');
    await holdCert(t.dataSource, org.alice.id, lapsed.id, '2020-01-10', '2023-01-10', '2022-11-10', '2023-02-09');
    const token = t.token(org.director.subject);
    type Member = { id: string; paths: unknown[]; certifications: Array<{ recordId: string }> };
    const overview = await t.gql<{ teamOverview: { members: Member[] } }>(
      `{ teamOverview(first: 200) { members { id paths { pathName currentLevel targetLevel targetDate }
          certifications { recordId certificationName status daysLeft effectiveDeadline } } } }`, {}, token);
    const alice = overview.data.teamOverview.members.find((m) => m.id === org.alice.id)!;
    const person = await t.gql<{ employee: { pathAssignments: Array<Record<string, unknown>>; currentCertifications: Array<Record<string, unknown>> } }>(
      `query($id: ID!) { employee(id: $id) { pathAssignments { path { name } currentLevel targetLevel targetDate }
          currentCertifications { id certification { name } status daysLeft effectiveDeadline } } }`, { id: org.alice.id }, token);
    expect(alice.paths).toEqual(person.data.employee.pathAssignments.map(({ path, ...a }) => ({ pathName: (path as { name: string }).name, ...a })));
    expect(alice.paths).toEqual([{ pathName: path.pathName, currentLevel: 'BASELINE', targetLevel: 'PROFICIENT', targetDate: '2027-06-30' }]);
    const expected: Array<Record<string, unknown>> = person.data.employee.currentCertifications.map(({ id, certification, ...c }) => ({
      recordId: id, certificationName: (certification as { name: string }).name, ...c,
    }));
    // Soonest deadline first (the lapsed one), as a manager scans for what needs action.
    expect(alice.certifications).toEqual([...expected].sort((a, b) => String(a.effectiveDeadline).localeCompare(String(b.effectiveDeadline))));
    expect(alice.certifications.map((c) => c.recordId)).toHaveLength(2);
    expect(alice.certifications[0]).toMatchObject({ certificationName: lapsed.name, status: 'EXPIRED', effectiveDeadline: '2023-01-10' });
  });

  it('costs the same number of SQL statements for a team of 2 and of 3', async () => {
    const count = (subject: string) => countStatements(t.dataSource, () => t.gql(Q, { first: 200 }, t.token(subject)));
    expect(await count(org.manager.subject)).toBe(await count(org.director.subject));
  });
});
