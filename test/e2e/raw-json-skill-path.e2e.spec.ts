import { randomUUID } from 'node:crypto';
import { makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { statementsOf } from '../support/statement-texts';
import { makeSkillPath, MadePath } from '../support/practice-fixtures';
import { makeCert, requireCert } from '../support/snapshot-fixtures';

const FIELDS = `__typename id jobRoleId name description levels { __typename id pathId level rank summary minObservationsPerBehaviour
  behaviours { __typename id levelId position activity expectedOutput } resources { __typename id levelId position title url kind estimatedMinutes startHere } }`;
const query = (fields: string) => `query($id: ID!) { skillPath(id: $id) { ${fields} } }`;

describe('a skill path read as JSON text answers exactly as through the resolvers', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let path: MadePath;
  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    path = await makeSkillPath(t.dataSource);
    await t.dataSource.query(`UPDATE skill_path SET description = 'A "quoted" path' WHERE id = $1`, [path.pathId]);
    await t.dataSource.query(`INSERT INTO path_behaviour (level_id, position, activity, expected_output) VALUES ($1, 2, 'Second', 'Output 2')`, [path.levelIds.BASELINE]);
    await t.dataSource.query(
      `INSERT INTO learning_resource (level_id, position, title, url, kind, start_here, estimated_minutes) VALUES ($1, 1, 'Guide', 'https://example.test/a', 'ARTICLE', false, 15), ($1, 2, 'Start', 'https://example.test/b', 'ARTICLE', true, NULL)`,
      [path.levelIds.BASELINE],
    );
  });
  afterAll(() => t.close());

  it('one statement, byte for byte the resolvers\' answer, in their order', async () => {
    const token = t.token(org.alice.subject);
    let raw!: Awaited<ReturnType<typeof t.gql<{ skillPath: Record<string, unknown> }>>>;
    const statements = await statementsOf(t.dataSource, async () => (raw = await t.gql<{ skillPath: Record<string, unknown> }>(query(FIELDS), { id: path.pathId }, token)));
    expect(raw.errors).toBeUndefined();
    expect(statements.filter((s) => /skill_path|path_level/.test(s))).toEqual([expect.stringContaining('json_build_object')]);
    // An alias sends the same selection through the resolvers and loaders; without the aliased field, the same text.
    let resolved!: Awaited<ReturnType<typeof t.gql<{ skillPath: Record<string, unknown> }>>>;
    const loaded = await statementsOf(t.dataSource, async () => (resolved = await t.gql<{ skillPath: Record<string, unknown> }>(query(`${FIELDS} n: name`), { id: path.pathId }, token)));
    expect(loaded.some((s) => s.includes('json_build_object'))).toBe(false);
    const { n: _n, ...same } = resolved.data.skillPath;
    expect(JSON.stringify(raw.data.skillPath)).toBe(JSON.stringify(same));
    const baseline = (raw.data.skillPath.levels as Array<{ resources: Array<{ title: string }>; behaviours: unknown[] }>)[0];
    expect(baseline.resources.map((r) => r.title)).toEqual(['Start', 'Guide']);
    expect(baseline.behaviours).toHaveLength(2);
  });

  it('a missing path is NOT_FOUND, as through the resolvers', async () => {
    const token = t.token(org.alice.subject);
    for (const fields of [FIELDS, `${FIELDS} n: name`]) {
      const res = await t.gql(query(fields), { id: randomUUID() }, token);
      expect(res.errors?.[0]).toMatchObject({ message: 'SkillPath not found', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('certificationRequirements: one statement, byte for byte the resolvers\' answer, in their order', async () => {
    const [{ job_role_id: role }] = await t.dataSource.query(`SELECT job_role_id FROM skill_path WHERE id = $1`, [path.pathId]);
    for (const [level, required] of [['ADVANCED', false], ['BASELINE', true], ['PROFICIENT', true]] as const) await requireCert(t.dataSource, role, level, (await makeCert(t.dataSource)).id, required);
    const fields = '__typename id jobRoleId level certificationId required certification { __typename id name issuer }';
    const q = (f: string) => `query($r: ID!) { certificationRequirements(jobRoleId: $r) { ${f} } }`;
    const token = t.token(org.alice.subject);
    let raw!: Awaited<ReturnType<typeof t.gql<{ certificationRequirements: Array<Record<string, unknown>> }>>>;
    const statements = await statementsOf(t.dataSource, async () => (raw = await t.gql<{ certificationRequirements: Array<Record<string, unknown>> }>(q(fields), { r: role }, token)));
    expect(statements.filter((s) => s.includes('certification_requirement'))).toEqual([expect.stringContaining('json_build_object')]);
    const resolved = await t.gql<{ certificationRequirements: Array<Record<string, unknown>> }>(q(`${fields} l: level`), { r: role }, token);
    expect(raw.data.certificationRequirements.map((r) => r.level)).toEqual(['BASELINE', 'PROFICIENT', 'ADVANCED']);
    expect(JSON.stringify(raw.data.certificationRequirements)).toBe(JSON.stringify(resolved.data.certificationRequirements.map(({ l: _l, ...rest }) => rest)));
  });
});
