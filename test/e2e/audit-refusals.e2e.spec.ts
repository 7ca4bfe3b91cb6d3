import { randomUUID } from 'node:crypto';
import { makeOrg, uniqueName } from '../support/factories';
import { makeCertification, recordCertification } from '../support/practice-fixtures';
import { entriesOf, probe } from '../support/audit-probe';
import { startTestApp, TestApp } from '../support/test-app';

type Org = Awaited<ReturnType<typeof makeOrg>>;

describe('every refusal is in the audit log with its true outcome', () => {
  let t: TestApp;
  let org: Org;
  let tok: Record<keyof Org, string>;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_ANONYMOUS_PER_MINUTE: '3' });
    org = await makeOrg(t.dataSource);
    tok = Object.fromEntries(Object.entries(org).map(([k, v]) => [k, t.token(v.subject)])) as Record<keyof Org, string>;
  });
  afterAll(() => t.close());

  /** The call is refused with `code` and leaves exactly one entry, with `outcome`, for the caller. */
  async function expectAudited(res: Awaited<ReturnType<typeof probe>>, code: string, outcome: string, actorId: string | null) {
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    const entries = await entriesOf(t, res.requestId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome, actor_id: actorId });
    return entries[0];
  }

  describe('FORBIDDEN answers from the services', () => {
    it('recordCertification and recordRecognition for yourself', async () => {
      const certificationId = await makeCertification(t.dataSource);
      const cert = await probe(t, {
        query: `mutation($i: RecordCertificationInput!) { recordCertification(input: $i) { __typename } }`,
        variables: { i: { employeeId: org.manager.id, certificationId, earnedOn: '2026-01-01' } },
        token: tok.manager,
      });
      const entry = await expectAudited(cert, 'FORBIDDEN', 'DENIED', org.manager.id);
      expect(entry).toMatchObject({ action: 'call', entity_type: 'Operation', entity_id: 'recordCertification' });
      expect(entry.detail).toMatchObject({ code: 'FORBIDDEN', target: { 'input.employeeId': org.manager.id, 'input.certificationId': certificationId } });
      const recognition = await probe(t, {
        query: `mutation($i: RecordRecognitionInput!) { recordRecognition(input: $i) { id } }`,
        variables: { i: { employeeId: org.manager.id, kind: 'SHOUT_OUT', occurredOn: '2026-01-01', note: 'Me' } },
        token: tok.manager,
      });
      expect((await expectAudited(recognition, 'FORBIDDEN', 'DENIED', org.manager.id)).entity_id).toBe('recordRecognition');
    });

    it('extendCertification of your own record', async () => {
      const recordId = await recordCertification(t.dataSource, org.manager.id, await makeCertification(t.dataSource), '2025-01-01', '2027-01-01');
      const res = await probe(t, {
        query: `mutation($i: ExtendCertificationInput!) { extendCertification(input: $i) { __typename } }`,
        variables: { i: { recordId, extendedUntil: '2027-06-01', reason: 'Busy' } },
        token: tok.manager,
      });
      expect((await expectAudited(res, 'FORBIDDEN', 'DENIED', org.manager.id)).entity_id).toBe('extendCertification');
    });

    it('startPlaybookRun for yourself and completePlaybookStep by the employee', async () => {
      const START = `mutation($i: StartPlaybookRunInput!) { startPlaybookRun(input: $i) { ... on PlaybookRun { id steps { id } } } }`;
      const template = await t.gql<{ createPlaybookTemplate: { id: string } }>(`mutation($i: CreatePlaybookTemplateInput!) { createPlaybookTemplate(input: $i) { id } }`, { i: { name: uniqueName('T') } }, tok.hr);
      const input = { templateId: template.data.createPlaybookTemplate.id, trainingDate: '2026-03-01', trainingName: 'Workshop' };
      const self = await probe(t, { query: START, variables: { i: { ...input, employeeId: org.alice.id } }, token: tok.alice });
      expect((await expectAudited(self, 'FORBIDDEN', 'DENIED', org.alice.id)).entity_id).toBe('startPlaybookRun');
      const run = await t.gql<{ startPlaybookRun: { steps: Array<{ id: string }> } }>(START, { i: { ...input, employeeId: org.alice.id } }, tok.manager);
      const complete = await probe(t, {
        query: `mutation($i: CompletePlaybookStepInput!) { completePlaybookStep(input: $i) { ... on PlaybookRunStep { id } } }`,
        variables: { i: { stepId: run.data.startPlaybookRun.steps[0].id } },
        token: tok.alice,
      });
      expect(await expectAudited(complete, 'FORBIDDEN', 'DENIED', org.alice.id)).toMatchObject({ action: 'completePlaybookStep', entity_id: run.data.startPlaybookRun.steps[0].id });
    });

    it('renewalsDue(scope: ORGANIZATION) asked by a manager', async () => {
      const res = await probe(t, { query: `{ renewalsDue(scope: ORGANIZATION, withinDays: 30) { totalCount } }`, token: tok.manager });
      expect((await expectAudited(res, 'FORBIDDEN', 'DENIED', org.manager.id)).entity_id).toBe('renewalsDue');
    });
  });

  it('a refusal returned as a union result: PracticeActionRefused OWN_BUDGET is DENIED with its reason', async () => {
    const proposed = await t.gql<{ proposePracticeBudget: { id: string } }>(
      `mutation($i: ProposePracticeBudgetInput!) { proposePracticeBudget(input: $i) { ... on PracticeBudget { id } } }`,
      { i: { employeeId: org.bob.id, hours: 4, program: uniqueName('P'), periodStart: '2099-01-01', periodEnd: '2099-02-01' } },
      tok.manager,
    );
    const res = await probe(t, {
      query: `mutation($i: DecidePracticeInput!) { decidePracticeBudget(input: $i) { __typename } }`,
      variables: { i: { id: proposed.data.proposePracticeBudget.id, approve: true } },
      token: tok.bob,
    });
    expect(res.body.data?.decidePracticeBudget).toEqual({ __typename: 'PracticeActionRefused' });
    const entries = await entriesOf(t, res.requestId);
    expect(entries).toEqual([expect.objectContaining({ outcome: 'DENIED', actor_id: org.bob.id, entity_id: 'decidePracticeBudget' })]);
    expect(entries[0].detail).toMatchObject({ result: 'PracticeActionRefused', reason: 'OWN_BUDGET', target: { 'input.id': proposed.data.proposePracticeBudget.id } });
  });

  describe('callers without a valid identity', () => {
    it('anonymous and bad-token GraphQL calls are UNAUTHENTICATED, by an ANONYMOUS actor', async () => {
      const anonymous = await probe(t, { query: `{ me { id } }`, address: '198.51.100.1' });
      expect(await expectAudited(anonymous, 'UNAUTHENTICATED', 'UNAUTHENTICATED', null)).toMatchObject({ actor_kind: 'ANONYMOUS', entity_id: 'me', detail: { reason: 'NO_TOKEN' } });
      const badToken = await probe(t, { query: `{ me { id } }`, authorization: 'Bearer not.a.token', address: '198.51.100.1' });
      expect(await expectAudited(badToken, 'UNAUTHENTICATED', 'UNAUTHENTICATED', null)).toMatchObject({ detail: { reason: 'INVALID_TOKEN' } });
    });

    it('REST and SCIM 401s are audited', async () => {
      const rest = await probe(t, { method: 'GET', path: '/incentives/payroll.csv', address: '198.51.100.2' });
      expect(rest.status).toBe(401);
      expect(await entriesOf(t, rest.requestId)).toEqual([expect.objectContaining({ outcome: 'UNAUTHENTICATED', actor_kind: 'ANONYMOUS', entity_id: 'GET /incentives/payroll.csv' })]);
      const scim = await probe(t, { method: 'GET', path: '/scim/v2/Users', authorization: 'Bearer unknown-token', address: '198.51.100.2' });
      expect(scim.status).toBe(401);
      const [entry] = await entriesOf(t, scim.requestId);
      expect(entry).toMatchObject({ outcome: 'UNAUTHENTICATED', actor_kind: 'ANONYMOUS', entity_id: 'GET /scim/v2/Users', detail: { reason: 'INVALID_TOKEN' } });
    });

    it('a flood from one address writes at most AUDIT_ANONYMOUS_PER_MINUTE entries; another address still gets its own', async () => {
      const flood = [];
      for (let i = 0; i < 8; i++) flood.push(await probe(t, { query: `{ me { id } }`, address: '203.0.113.9' }));
      expect(flood.every((r) => r.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
      const written = (await Promise.all(flood.map((r) => entriesOf(t, r.requestId)))).flat();
      expect(written).toHaveLength(3);
      const other = await probe(t, { query: `{ me { id } }`, address: '203.0.113.10' });
      expect(await entriesOf(t, other.requestId)).toHaveLength(1);
    });
  });

  it('certificationRecords(employeeId) answers NOT_FOUND like its siblings, audited DENIED (out of sight) or NOT_FOUND (missing)', async () => {
    const q = `query($e: ID) { certificationRecords(employeeId: $e) { totalCount } }`;
    const outOfSight = await probe(t, { query: q, variables: { e: org.outsider.id }, token: tok.manager });
    expect(await expectAudited(outOfSight, 'NOT_FOUND', 'DENIED', org.manager.id)).toMatchObject({ action: 'read', entity_type: 'Employee', entity_id: org.outsider.id });
    const missing = await probe(t, { query: q, variables: { e: randomUUID() }, token: tok.hr });
    expect(await expectAudited(missing, 'NOT_FOUND', 'NOT_FOUND', org.hr.id)).toMatchObject({ action: 'read', entity_type: 'Employee' });
  });

  it('runConnectorSync(dryRun: true) of a push connector is BAD_USER_INPUT, audited INVALID and not as a run request', async () => {
    const created = await t.gql<{ createConnector: { id: string } }>(`mutation($i: CreateConnectorInput!) { createConnector(input: $i) { id } }`, { i: { kind: 'CSV', name: uniqueName('csv') } }, tok.hr);
    const id = created.data.createConnector.id;
    const res = await probe(t, { query: `mutation($id: ID!) { runConnectorSync(id: $id, dryRun: true) { connectorId } }`, variables: { id }, token: tok.hr });
    const entry = await expectAudited(res, 'BAD_USER_INPUT', 'INVALID', org.hr.id);
    expect(entry.detail).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', target: { id } });
    expect(await t.dataSource.query(`SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action = 'runConnectorSync'`, [id])).toEqual([]);
  });

  it('requests refused before any resolver runs (variables that do not coerce, documents that do not validate) are INVALID', async () => {
    const badVariable = await probe(t, { query: `query Due($w: Int!) { renewalsDue(withinDays: $w) { totalCount } }`, variables: { w: 'soon' }, token: tok.manager });
    expect(await expectAudited(badVariable, 'BAD_USER_INPUT', 'INVALID', org.manager.id)).toMatchObject({ entity_id: 'Due', detail: { code: 'BAD_USER_INPUT' } });
    const invalid = await probe(t, { query: `{ noSuchField }`, address: '198.51.100.3' });
    expect(await expectAudited(invalid, 'GRAPHQL_VALIDATION_FAILED', 'INVALID', null)).toMatchObject({ actor_kind: 'ANONYMOUS', entity_id: '(request)' });
  });

  it('a refused REST parameter with NUL or a control character is 400 and audited INVALID with only storable text', async () => {
    for (const [raw, stored] of [['%00', '\uFFFD'], ['a%07b', 'a\uFFFDb']]) {
      const res = await probe(t, { method: 'GET', path: `/snapshots/${raw}.html`, token: tok.hr });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'employeeId' } });
      expect(await entriesOf(t, res.requestId)).toEqual([
        expect.objectContaining({ outcome: 'INVALID', actor_id: org.hr.id, entity_id: 'GET /snapshots/:employeeId.html', detail: expect.objectContaining({ code: 'BAD_USER_INPUT', target: { employeeId: stored } }) }),
      ]);
    }
  });

  it('the entry of a refused mutation survives the rollback of the change it had already audited', async () => {
    const res = await probe(t, {
      query: `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { __typename } }`,
      variables: { i: { id: org.bob.id, employeeNumber: `n-${randomUUID()}`, jobRoleId: randomUUID() } },
      token: tok.hr,
    });
    const entry = await expectAudited(res, 'BAD_USER_INPUT', 'INVALID', org.hr.id);
    expect(entry).toMatchObject({ entity_id: 'updateEmployee', detail: { field: 'jobRoleId', target: { 'input.id': org.bob.id } } });
  });

  it('HR filters the log by any outcome and reads why', async () => {
    const res = await probe(t, { query: `{ renewalsDue(scope: ORGANIZATION, withinDays: 30) { totalCount } }`, token: tok.alice });
    const log = await t.gql<{ auditLog: Array<{ outcome: string; requestId: string; detail: { code: string } }> }>(
      `{ auditLog(outcome: "DENIED", entityId: "renewalsDue", first: 20) { outcome requestId detail } }`, {}, tok.hr);
    expect(log.data.auditLog.find((e) => e.requestId === res.requestId)).toMatchObject({ outcome: 'DENIED', detail: { code: 'FORBIDDEN' } });
    const bad = await t.gql(`{ auditLog(outcome: "MAYBE") { id } }`, {}, tok.hr);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
  });
});
