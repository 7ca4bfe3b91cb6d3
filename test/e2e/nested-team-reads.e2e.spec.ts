import { countStatements } from '../support/statement-count';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { assignOn, holdCert, makeCert, makeSnapshotPath } from '../support/snapshot-fixtures';

/** The console's team read: relations joined ahead into the list's statement. */
const JOINED = `id displayName status department { id name parentId } jobRole { name description } location { name }
  pathAssignments { id currentLevel targetLevel targetDate path { name } }
  currentCertifications { id status daysLeft effectiveDeadline earnedOn expiresOn renewsId certification { name issuer } }`;
/** Fields only the resolvers answer exactly (timestamps, numeric cost): the same read through the loaders. */
const LOADED = `id currentCertifications { id createdAt status certification { name costAmount } } pathAssignments { id }`;
/** Fragments and aliases over the same fields: the look-ahead sees through both. */
const FRAGMENTS = `...Row certs: currentCertifications { status } fragment Row on Employee { id department { name } currentCertifications { id daysLeft certification { ... on Certification { name } } } }`;

const line = (fields: string) => {
  const [own, fragments = ''] = fields.split(/(?=fragment )/);
  return `query($first: Int) { myReportingLine(first: $first) { totalCount nodes { ${own} } } } ${fragments}`;
};
const person = (fields: string) => {
  const [own, fragments = ''] = fields.split(/(?=fragment )/);
  return `query($id: ID!) { employee(id: $id) { ${own} } } ${fragments}`;
};

type Node = { id: string; currentCertifications?: Array<{ id: string; employee?: { id: string } }> };
type Line = { myReportingLine: { totalCount: number; nodes: Node[] } };

describe('nested team reads (look-ahead and loaders) answer as the per-person API does', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    const [{ id: departmentId }] = await t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Ops')]);
    await t.dataSource.query(`UPDATE employee SET department_id = $1 WHERE id = ANY($2)`, [departmentId, [org.alice.id, org.outsider.id]]);
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

  it.each([
    ['joined ahead', JOINED],
    ['through the loaders', LOADED],
    ['with fragments and aliases', FRAGMENTS],
  ])('each node of the line read %s is the JSON of that person read alone', async (_name, fields) => {
    const token = t.token(org.director.subject);
    const res = await t.gql<Line>(line(fields), { first: 50 }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.myReportingLine.nodes.map((n) => n.id).sort()).toEqual([org.manager.id, org.alice.id, org.bob.id].sort());
    for (const node of res.data.myReportingLine.nodes) {
      const alone = await t.gql<{ employee: unknown }>(person(fields), { id: node.id }, token);
      expect(node).toEqual(alone.data.employee);
    }
    const alice = res.data.myReportingLine.nodes.find((n) => n.id === org.alice.id) as Node;
    expect(alice.currentCertifications).toHaveLength(2);
  });

  it('its records are the certificationRecords of that person, field for field', async () => {
    const token = t.token(org.director.subject);
    const fields = 'id status daysLeft effectiveDeadline earnedOn expiresOn windowOpensOn graceEndsOn extendedUntil certification { name }';
    const res = await t.gql<Line>(line(`id currentCertifications { ${fields} }`), { first: 50 }, token);
    const alice = res.data.myReportingLine.nodes.find((n) => n.id === org.alice.id) as Node;
    const records = await t.gql<{ certificationRecords: { nodes: Array<{ id: string }> } }>(
      `query($id: ID) { certificationRecords(employeeId: $id, first: 50) { nodes { ${fields} } } }`, { id: org.alice.id }, token);
    const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(alice.currentCertifications ?? [])).toEqual(byId(records.data.certificationRecords.nodes));
  });

  it('stays in the reporting line: nested relations carry only the line\'s own rows', async () => {
    const res = await t.gql<Line>(line(`id currentCertifications { id employee { id } } pathAssignments { employee { id } }`), { first: 50 }, t.token(org.manager.subject));
    const nodes = res.data.myReportingLine.nodes;
    expect(nodes.map((n) => n.id).sort()).toEqual([org.alice.id, org.bob.id].sort());
    const reached = nodes.flatMap((n) => (n.currentCertifications ?? []).map((c) => c.employee?.id));
    expect(new Set(reached)).toEqual(new Set([org.alice.id, org.bob.id]));
    expect(JSON.stringify(res.data)).not.toContain(org.outsider.id);
    // The outsider is not reachable by id either, with the same nested selection.
    expect((await t.gql(person(JOINED), { id: org.outsider.id }, t.token(org.manager.subject))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([['joined ahead', JOINED], ['through the loaders', LOADED]])('costs the same SQL statements for a line of 2 and of 8 (%s)', async (_name, fields) => {
    for (let i = 0; i < 5; i++) {
      const e = await makeEmployee(t.dataSource, { managerId: org.bob.id });
      const cert = await makeCert(t.dataSource);
      await holdCert(t.dataSource, e.id, cert.id, '2025-01-10', '2030-01-10', '2029-11-10', '2030-02-09');
    }
    const count = (subject: string) => countStatements(t.dataSource, () => t.gql(line(fields), { first: 50 }, t.token(subject)));
    expect(await count(org.manager.subject)).toBe(await count(org.director.subject));
  });

  it('joins the console\'s relations into the list\'s own statement: no more statements than the bare list', async () => {
    const count = (fields: string) => countStatements(t.dataSource, () => t.gql(line(fields), { first: 50 }, t.token(org.director.subject)));
    const bare = await count('id');
    expect(await count(JOINED.replace(' path { name }', ''))).toBe(bare);
    expect(await count(LOADED)).toBeGreaterThan(bare);
  });
});
