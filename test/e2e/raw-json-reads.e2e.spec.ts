import { countStatements } from '../support/statement-count';
import { statementsOf } from '../support/statement-texts';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { assignOn, holdCert, makeCert, makeSnapshotPath } from '../support/snapshot-fixtures';

/** A plain selection, with __typename everywhere as the console's client adds it: each node is read as JSON text. */
const PLAIN = `__typename id displayName firstName lastName email roles status workContext hireDate employeeNumber managerId departmentId jobRoleId locationId
  department { __typename id name parentId } jobRole { __typename id name description } location { id name timeZone }
  pathAssignments { __typename id employeeId pathId currentLevel targetLevel targetDate assignedById }
  currentCertifications { __typename id status daysLeft effectiveDeadline earnedOn expiresOn windowOpensOn graceEndsOn extendedUntil renewsId credentialId
    certification { __typename id name issuer validityAmount validityUnit } }`;
/** Selections the JSON text cannot answer exactly: each goes through the resolvers (look-ahead and loaders). */
const NOT_PLAIN = {
  'an alias': `id who: displayName department { name }`,
  'a directive': `id displayName @include(if: true) department { name }`,
  'a fragment': `...Row fragment Row on Employee { id displayName }`,
  'a field only a resolver answers': `id manager { displayName } currentCertifications { status }`,
  'a timestamp': `id currentCertifications { id createdAt }`,
};

const list = (root: string, fields: string) => {
  const [own, fragments = ''] = fields.split(/(?=fragment )/);
  return `query($first: Int, $after: String) { ${root}(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${own} } } } ${fragments}`;
};
const person = (fields: string) => {
  const [own, fragments = ''] = fields.split(/(?=fragment )/);
  return `query($id: ID!) { employee(id: $id) { ${own} } } ${fragments}`;
};

type Node = { id: string };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };

describe('employee lists read as JSON text answer exactly as the per-person API does', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    const [{ id: departmentId }] = await t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Ops "quoted" \\ dept')]);
    await t.dataSource.query(`UPDATE employee SET department_id = $1, hire_date = '2021-03-04' WHERE id = ANY($2)`, [departmentId, [org.alice.id, org.outsider.id]]);
    await t.dataSource.query(`UPDATE employee SET employee_number = $2 WHERE id = $1`, [org.alice.id, uniqueName('N')]);
    const path = await makeSnapshotPath(t.dataSource);
    await assignOn(t.dataSource, org.alice.id, path.pathId, { currentLevel: 'BASELINE', targetLevel: 'PROFICIENT', targetDate: '2027-06-30' });
    await assignOn(t.dataSource, org.outsider.id, path.pathId);
    const [held, lapsed] = [await makeCert(t.dataSource), await makeCert(t.dataSource)];
    await holdCert(t.dataSource, org.alice.id, held.id, '2025-01-10', '2030-01-10', '2029-11-10', '2030-02-09');
    await holdCert(t.dataSource, org.alice.id, lapsed.id, '2020-01-10', '2023-01-10', '2022-11-10', '2023-02-09');
    await holdCert(t.dataSource, org.bob.id, held.id, '2025-03-01', '2030-03-01', '2030-01-01', '2030-03-31');
    await holdCert(t.dataSource, org.outsider.id, held.id, '2025-03-01', '2030-03-01', '2030-01-01', '2030-03-31');
  });
  afterAll(() => t.close());

  it.each(['myReportingLine', 'myTeam'])('%s: each node is, byte for byte and in selection order, that person read alone', async (root) => {
    const token = t.token(org.director.subject);
    let res!: Awaited<ReturnType<typeof t.gql<Record<string, Page>>>>;
    const statements = await statementsOf(t.dataSource, async () => (res = await t.gql<Record<string, Page>>(list(root, PLAIN), { first: 50 }, token)));
    expect(res.errors).toBeUndefined();
    expect(statements.some((s) => s.includes('node_json'))).toBe(true); // read as JSON text
    const nodes = res.data[root].nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      const alone = await t.gql<{ employee: unknown }>(person(PLAIN), { id: node.id }, token);
      expect(JSON.stringify(node)).toBe(JSON.stringify(alone.data.employee));
    }
  });

  it.each(Object.entries(NOT_PLAIN))('a selection with %s goes through the resolvers and still answers as the per-person API', async (_name, fields) => {
    const token = t.token(org.director.subject);
    let res!: Awaited<ReturnType<typeof t.gql<{ myReportingLine: Page }>>>;
    const statements = await statementsOf(t.dataSource, async () => (res = await t.gql<{ myReportingLine: Page }>(list('myReportingLine', fields), { first: 50 }, token)));
    expect(res.errors).toBeUndefined();
    expect(statements.some((s) => s.includes('node_json'))).toBe(false);
    for (const node of res.data.myReportingLine.nodes) {
      const alone = await t.gql<{ employee: unknown }>(person(fields), { id: node.id }, token);
      expect(node).toEqual(alone.data.employee);
    }
  });

  it('stays in the reporting line, and pages as the resolver path does', async () => {
    const token = t.token(org.manager.subject);
    const raw = await t.gql<{ myReportingLine: Page }>(list('myReportingLine', PLAIN), { first: 1 }, token);
    const viaResolvers = await t.gql<{ myReportingLine: Page }>(list('myReportingLine', 'id who: displayName'), { first: 1 }, token);
    expect(JSON.stringify(raw.data)).not.toContain(org.outsider.id);
    expect(raw.data.myReportingLine.totalCount).toBe(2);
    expect(raw.data.myReportingLine.pageInfo).toEqual(viaResolvers.data.myReportingLine.pageInfo);
    const next = await t.gql<{ myReportingLine: Page }>(list('myReportingLine', PLAIN), { first: 1, after: raw.data.myReportingLine.pageInfo.endCursor }, token);
    const ids = [...raw.data.myReportingLine.nodes, ...next.data.myReportingLine.nodes].map((n) => n.id);
    expect(ids.sort()).toEqual([org.alice.id, org.bob.id].sort());
    expect(next.data.myReportingLine.pageInfo.hasNextPage).toBe(false);
  });

  it('HR\'s employees list answers the same nodes as JSON text as through the resolvers', async () => {
    const token = t.token(org.hr.subject);
    const query = (fields: string) => `query($d: ID) { employees(first: 200, departmentId: $d) { totalCount nodes { ${fields} } } }`;
    const [{ department_id: d }] = await t.dataSource.query(`SELECT department_id FROM employee WHERE id = $1`, [org.alice.id]);
    const raw = await t.gql<{ employees: Page }>(query('id displayName department { name } pathAssignments { targetLevel }'), { d }, token);
    const resolved = await t.gql<{ employees: Page }>(query('id displayName department { name } pathAssignments { targetLevel path { id } }'), { d }, token);
    expect(raw.data.employees.nodes.map((n) => n.id).sort()).toEqual([org.alice.id, org.outsider.id].sort());
    expect(raw.data.employees.nodes.map(({ id }) => id)).toEqual(resolved.data.employees.nodes.map(({ id }) => id));
  });

  it('costs the same SQL statements for a line of 2 and of 7', async () => {
    for (let i = 0; i < 5; i++) {
      const e = await makeEmployee(t.dataSource, { managerId: org.bob.id });
      await holdCert(t.dataSource, e.id, (await makeCert(t.dataSource)).id, '2025-01-10', '2030-01-10', '2029-11-10', '2030-02-09');
    }
    const count = (subject: string) => countStatements(t.dataSource, () => t.gql(list('myReportingLine', PLAIN), { first: 50 }, t.token(subject)));
    expect(await count(org.manager.subject)).toBe(await count(org.director.subject));
  });
});
