import { countStatements } from '../support/statement-count';
import { makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

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

  it('costs the same number of SQL statements for a team of 2 and of 3', async () => {
    const count = (subject: string) => countStatements(t.dataSource, () => t.gql(Q, { first: 200 }, t.token(subject)));
    expect(await count(org.manager.subject)).toBe(await count(org.director.subject));
  });
});
