import { makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const EMPLOYEE = `query($id: ID!) { employee(id: $id) { id displayName manager { displayName } } }`;

describe('employee access (scoping in the service layer)', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

  it('an anonymous caller learns nothing', async () => {
    const res = await t.gql(EMPLOYEE, { id: org.alice.id });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('an employee reads themselves but a peer looks exactly like a missing id', async () => {
    const token = t.token(org.alice.subject);
    expect((await t.gql(EMPLOYEE, { id: org.alice.id }, token)).data).toEqual({ employee: expect.objectContaining({ id: org.alice.id }) });
    const peer = await t.gql(EMPLOYEE, { id: org.bob.id }, token);
    const missing = await t.gql(EMPLOYEE, { id: '00000000-0000-4000-8000-000000000000' }, token);
    expect(peer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(peer.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(peer.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
  });

  it('a manager reads a skip-level report but nobody outside their line', async () => {
    const token = t.token(org.director.subject);
    expect((await t.gql(EMPLOYEE, { id: org.alice.id }, token)).data?.employee).toMatchObject({ id: org.alice.id });
    expect((await t.gql(EMPLOYEE, { id: org.outsider.id }, token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(EMPLOYEE, { id: org.hr.id }, token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('HR reads everyone', async () => {
    const token = t.token(org.hr.subject);
    for (const e of [org.alice, org.outsider, org.director]) {
      expect((await t.gql(EMPLOYEE, { id: e.id }, token)).data?.employee).toMatchObject({ id: e.id });
    }
  });

  it('a denied read is in the audit log, which only HR can query', async () => {
    await t.gql(EMPLOYEE, { id: org.outsider.id }, t.token(org.manager.subject));
    const q = `query($id: String) { auditLog(entityId: $id, outcome: "DENIED") { actorId entityType outcome } }`;
    const asHr = await t.gql<{ auditLog: unknown[] }>(q, { id: org.outsider.id }, t.token(org.hr.subject));
    expect(asHr.data.auditLog).toContainEqual({ actorId: org.manager.id, entityType: 'Employee', outcome: 'DENIED' });
    const asManager = await t.gql(q, { id: org.outsider.id }, t.token(org.manager.subject));
    expect(asManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the audit log filters by action and by a time range', async () => {
    // Other suites write audit entries into the same database at the same time: every read is scoped to this
    // org's manager, who leaves two kinds of entries here (a denied read and a refused HR-only mutation).
    const manager = t.token(org.manager.subject);
    await t.gql(EMPLOYEE, { id: org.outsider.id }, manager);
    const refused = await t.gql(`mutation { createJobRole(input: { name: "Not mine to create" }) { __typename } }`, {}, manager);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const q = `query($actor: ID, $action: String, $since: DateTime, $until: DateTime) {
      auditLog(actorId: $actor, action: $action, since: $since, until: $until, first: 500) { action at } }`;
    const hr = t.token(org.hr.subject);
    const read = async (vars: Record<string, unknown>) =>
      (await t.gql<{ auditLog: Array<{ action: string; at: string }> }>(q, { actor: org.manager.id, ...vars }, hr)).data.auditLog;
    const all = await read({});
    const actions = [...new Set(all.map((e) => e.action))];
    expect(actions.length).toBeGreaterThan(1);
    for (const action of actions) {
      const one = await read({ action });
      expect(one.length).toBe(all.filter((e) => e.action === action).length);
      expect(new Set(one.map((e) => e.action))).toEqual(new Set([action]));
    }
    const newest = all[0].at;
    const before = await read({ until: newest });
    expect(before.length).toBe(all.filter((e) => e.at < newest).length);
    const window = await read({ since: newest, until: new Date(Date.parse(newest) + 1).toISOString() });
    expect(window.length).toBe(all.filter((e) => e.at === newest).length);
  });

  it('myReportingLine holds direct and indirect reports only', async () => {
    const res = await t.gql<{ myReportingLine: { nodes: { id: string }[]; totalCount: number } }>(
      `{ myReportingLine(first: 50) { totalCount nodes { id } } }`, {}, t.token(org.director.subject));
    expect(res.data.myReportingLine.nodes.map((n) => n.id).sort()).toEqual([org.manager.id, org.alice.id, org.bob.id].sort());
    expect(res.data.myReportingLine.totalCount).toBe(3);
  });

  it('employees pages with a cursor and never returns anyone out of scope', async () => {
    const token = t.token(org.manager.subject);
    const q = `query($after: String) { employees(first: 2, after: $after, sort: NAME) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const first = await t.gql<{ employees: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } }>(q, {}, token);
    expect(first.data.employees.totalCount).toBe(3);
    expect(first.data.employees.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<typeof first.data>(q, { after: first.data.employees.pageInfo.endCursor }, token);
    const ids = [...first.data.employees.nodes, ...second.data.employees.nodes].map((n) => n.id).sort();
    expect(ids).toEqual([org.manager.id, org.alice.id, org.bob.id].sort());
    expect(second.data.employees.pageInfo.hasNextPage).toBe(false);
  });
});
