import { randomUUID } from 'node:crypto';
import { makeOrg } from '../support/factories';
import { makeCertification, recordCertification } from '../support/practice-fixtures';
import { countStatements } from '../support/statement-count';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A refused id must cost what a missing one costs, or timing tells an attacker which ids exist (bench: `npm run bench
 * -- refusals`). Here, deterministically: a manager's call naming an id out of their line runs as many SQL statements
 * as the same call naming an id that does not exist, and both answer NOT_FOUND.
 */
describe('a refused id runs the same statements as a missing one', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let manager: string;
  let outsiderRecord: string;
  let certificationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    manager = t.token(org.manager.subject);
    certificationId = await makeCertification(t.dataSource);
    outsiderRecord = await recordCertification(t.dataSource, org.outsider.id, certificationId, '2026-01-01');
  });
  afterAll(() => t.close());

  const cases: Array<[string, string, (vars: { id: string }) => Record<string, unknown>, () => string]> = [
    ['employee(id)', `query($id: ID!) { employee(id: $id) { id } }`, (v) => v, () => org.outsider.id],
    ['certificationRecord(id)', `query($id: ID!) { certificationRecord(id: $id) { id } }`, (v) => v, () => outsiderRecord],
    ['certificationRecords(employeeId)', `query($id: ID) { certificationRecords(employeeId: $id) { totalCount } }`, (v) => v, () => org.outsider.id],
    ['pathAssignments(employeeId)', `query($id: ID) { pathAssignments(employeeId: $id) { totalCount } }`, (v) => v, () => org.outsider.id],
    ['certificationAttempts(employeeId)', `query($id: ID!) { certificationAttempts(employeeId: $id) { id } }`, (v) => v, () => org.outsider.id],
    ['snapshotHistory(employeeId)', `query($id: ID!) { snapshotHistory(employeeId: $id) { id } }`, (v) => v, () => org.outsider.id],
    [
      'recordCertification(employeeId)',
      `mutation($i: RecordCertificationInput!) { recordCertification(input: $i) { __typename } }`,
      ({ id }) => ({ i: { employeeId: id, certificationId, earnedOn: '2026-01-01' } }),
      () => org.outsider.id,
    ],
    [
      'startPlaybookRun(employeeId)',
      `mutation($i: StartPlaybookRunInput!) { startPlaybookRun(input: $i) { ... on PlaybookRun { id } } }`,
      ({ id }) => ({ i: { employeeId: id, templateId: randomUUID(), trainingDate: '2026-01-01', trainingName: 'W' } }),
      () => org.outsider.id,
    ],
  ];

  it.each(cases)('%s', async (_name, query, variables, refusedId) => {
    const run = async (id: string) => {
      let code: string | undefined;
      const statements = await countStatements(t.dataSource, async () => {
        code = (await t.gql(query, variables({ id }), manager)).errors?.[0]?.extensions?.code;
      });
      return { code, statements };
    };
    const refused = await run(refusedId());
    const missing = await run(randomUUID());
    expect(refused.code).toBe('NOT_FOUND');
    expect(missing).toEqual(refused);
  });
});
