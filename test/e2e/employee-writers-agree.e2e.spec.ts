import request from 'supertest';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { SyncRunner } from '@app/connectors';
import { EMPLOYEE_MANAGER_CHANGED, EMPLOYEE_STATUS_CHANGED, EmployeeManagerChanged, EmployeeStatusChanged } from '@app/employees';
import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { makeMemoryConnector, person, registerMemoryKind } from '../support/connector-sources';
import { entraUserOf, SCIM_ENTERPRISE, SCIM_PATCH_OP, scimClient, scimConnector } from '../support/scim-client';

type Who = 'boss' | 'report' | 'other';
type People = Record<Who, string>;

/** One way of writing people: GraphQL, SCIM, a CSV upload, an HRIS pull. Each starts with boss ← report, and other. */
interface Writer {
  setup(): Promise<People>;
  /** Makes `to` the manager of `who`: null when applied, else the refusal's code and the reason its client reads. */
  setManager(who: Who, to: Who): Promise<{ code: string; reason: string } | null>;
  /** Deactivates `who` the way this writer does (a status, a PATCH, a person missing from a full file or snapshot). */
  deactivate(who: Who): Promise<void>;
}

/**
 * The same change through every writer gives the same outcome (issue 19): the employees lib owns every write, with
 * one cycle rule and one place that publishes employee events.
 */
describe('GraphQL, SCIM, CSV and an HRIS pull give the same outcome for the same change', () => {
  let t: TestApp;
  let hr: string;
  const events: Array<{ name: string; event: EmployeeManagerChanged | EmployeeStatusChanged }> = [];
  const onManager = (event: EmployeeManagerChanged) => void events.push({ name: EMPLOYEE_MANAGER_CHANGED, event });
  const onStatus = (event: EmployeeStatusChanged) => void events.push({ name: EMPLOYEE_STATUS_CHANGED, event });

  beforeAll(async () => {
    t = await startTestApp();
    registerMemoryKind(t.app);
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
    t.app.get(EventEmitter2).on(EMPLOYEE_MANAGER_CHANGED, onManager);
    t.app.get(EventEmitter2).on(EMPLOYEE_STATUS_CHANGED, onStatus);
  });
  afterAll(async () => {
    t.app.get(EventEmitter2).off(EMPLOYEE_MANAGER_CHANGED, onManager);
    t.app.get(EventEmitter2).off(EMPLOYEE_STATUS_CHANGED, onStatus);
    await t.close();
  });

  const tagged = () => uniqueName('w').replace(/\W+/g, '').toLowerCase();

  function graphql(): Writer {
    const tag = tagged();
    let people: People;
    const update = async (input: Record<string, unknown>) => {
      const res = await t.gql<{ updateEmployee: { __typename: string; errorCode?: string; message?: string } }>(
        `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { __typename ... on BusinessError { errorCode message } } }`, { input }, hr,
      );
      expect(res.errors).toBeUndefined();
      return res.data.updateEmployee;
    };
    const create = async (who: Who, managerId?: string) => {
      const res = await t.gql<{ createEmployee: { id: string } }>(
        `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { ... on Employee { id } } }`,
        { input: { firstName: who, lastName: 'Tester', email: `${who}.${tag}@example.test`, managerId } }, hr,
      );
      return res.data.createEmployee.id;
    };
    return {
      async setup() {
        const boss = await create('boss');
        people = { boss, report: await create('report', boss), other: await create('other') };
        return people;
      },
      async setManager(who, to) {
        const out = await update({ id: people[who], managerId: people[to] });
        return out.__typename === 'Employee' ? null : { code: out.errorCode!, reason: out.message! };
      },
      async deactivate(who) {
        expect((await update({ id: people[who], status: 'TERMINATED' })).__typename).toBe('Employee');
      },
    };
  }

  function scim(): Writer {
    const tag = tagged();
    const user = entraUserOf(tag);
    let client: ReturnType<typeof scimClient>;
    let people: People;
    const patch = (who: Who, op: object) => client.send('patch', `/Users/${people[who]}`, { schemas: [SCIM_PATCH_OP], Operations: [op] });
    return {
      async setup() {
        client = scimClient(t, (await scimConnector(t, hr)).token);
        const create = async (who: Who, extra: Record<string, unknown> = {}) => JSON.parse((await client.send('post', '/Users', user(who, extra))).text).id as string;
        const boss = await create('boss');
        people = { boss, report: await create('report', { [SCIM_ENTERPRISE]: { manager: { value: boss } } }), other: await create('other') };
        return people;
      },
      async setManager(who, to) {
        const res = await patch(who, { op: 'replace', path: `${SCIM_ENTERPRISE}:manager`, value: people[to] });
        if (res.status === 200) return null;
        const body = JSON.parse(res.text);
        expect([res.status, body.scimType]).toEqual([400, 'invalidValue']);
        // The SCIM error has no code of ours; the refusal's audit entry has it.
        const [audited] = await t.dataSource.query(
          `SELECT detail FROM audit_entry WHERE entity_type = 'Operation' AND entity_id = $1 AND outcome = 'REFUSED' ORDER BY id DESC LIMIT 1`,
          [`PATCH /scim/v2/Users/${people[who]}`],
        );
        return { code: audited.detail.code, reason: body.detail };
      },
      async deactivate(who) {
        expect((await patch(who, { op: 'replace', path: 'active', value: false })).status).toBe(200);
      },
    };
  }

  /** The state of a sync source: each person's manager key. */
  const managers = (): Record<Who, Who | null> => ({ boss: null, report: 'boss', other: null });

  async function syncRefusal(runId: string, externalId: string): Promise<{ code: string; reason: string } | null> {
    const [row] = await t.dataSource.query(`SELECT code, message FROM sync_error WHERE run_id = $1 AND external_id = $2`, [runId, externalId]);
    return row ? { code: row.code, reason: row.message } : null;
  }

  async function idsOf(connectorId: string): Promise<People> {
    const rows: Array<{ external_id: Who; internal_id: string }> = await t.dataSource.query(
      `SELECT external_id, internal_id FROM external_ref WHERE connector_id = $1 AND entity = 'employee'`, [connectorId],
    );
    return Object.fromEntries(rows.map((r) => [r.external_id, r.internal_id])) as People;
  }

  function csv(): Writer {
    const tag = tagged();
    const mapping = JSON.stringify({ id: 'externalId', first: 'firstName', last: 'lastName', email: 'email', manager: 'managerExternalId' });
    const state = managers();
    let connectorId: string;
    const upload = async (who: readonly Who[], full = false) => {
      const file = ['id,first,last,email,manager', ...who.map((w) => `${w},${w},Tester,${w}.${tag}@example.test,${state[w] ?? ''}`)].join('\n');
      const res = await request(t.app.getHttpServer()).post(`/connectors/${connectorId}/csv`).query({ mapping, mode: 'apply', full: String(full) })
        .set('content-type', 'text/csv').set('authorization', `Bearer ${hr}`).send(file);
      expect(res.body).toMatchObject({ applied: true, errorCount: 0, run: { status: 'SUCCEEDED' } });
      return res.body.run.id as string;
    };
    return {
      async setup() {
        [{ id: connectorId }] = await t.dataSource.query(`INSERT INTO connector (kind, name) VALUES ('CSV', $1) RETURNING id`, [tag]);
        await upload(['boss', 'report', 'other']);
        return idsOf(connectorId);
      },
      async setManager(who, to) {
        const before = state[who];
        state[who] = to;
        const refused = await syncRefusal(await upload(['boss', 'report', 'other']), who);
        if (refused) state[who] = before; // HR fixes the file
        return refused;
      },
      async deactivate(who) {
        await upload((['boss', 'report', 'other'] as Who[]).filter((w) => w !== who), true);
      },
    };
  }

  function hris(): Writer {
    const state = managers();
    let connector: Awaited<ReturnType<typeof makeMemoryConnector>>;
    const pull = async (who: readonly Who[]) => {
      connector.source.rows = who.map((w) => person(connector.tag, w, { managerExternalId: state[w] }));
      const run = await t.app.get(SyncRunner).run(connector.id);
      expect(run.status).toBe('SUCCEEDED');
      return run.id;
    };
    return {
      async setup() {
        connector = await makeMemoryConnector(t.dataSource);
        await pull(['boss', 'report', 'other']);
        return idsOf(connector.id);
      },
      async setManager(who, to) {
        const before = state[who];
        state[who] = to;
        const refused = await syncRefusal(await pull(['boss', 'report', 'other']), who);
        if (refused) state[who] = before;
        return refused;
      },
      async deactivate(who) {
        await pull((['boss', 'report', 'other'] as Who[]).filter((w) => w !== who));
      },
    };
  }

  /** What a writer's run of the three changes leaves, in terms of boss, report and other (comparable across writers). */
  async function outcomeOf(writer: Writer) {
    const people = await writer.setup();
    const name = (id: string | null) => (Object.keys(people) as Who[]).find((w) => people[w] === id) ?? id;
    const rows = async () =>
      Object.fromEntries(
        (await t.dataSource.query(`SELECT id, manager_id, status, version FROM employee WHERE id = ANY($1::uuid[])`, [Object.values(people)])).map(
          (r: { id: string; manager_id: string | null; status: string; version: number }) => [name(r.id), { manager: name(r.manager_id), status: r.status, version: r.version }],
        ),
      );
    const eventsSince = (mark: number) =>
      events.slice(mark).filter(({ event }) => Object.values(people).includes(event.employeeId)).map(({ name: kind, event }) => ({
        kind,
        employee: name(event.employeeId),
        ...('newManagerId' in event ? { from: name(event.previousManagerId), to: name(event.newManagerId) } : { from: event.previousStatus, to: event.newStatus }),
      }));

    // (a) A manager change that closes a reporting cycle: refused with the cycle reason, nothing changes, no event.
    let mark = events.length;
    const before = await rows();
    const refused = await writer.setManager('boss', 'report');
    const cycle = { code: refused?.code, namesTheCycle: /reporting cycle/.test(refused?.reason ?? ''), unchanged: JSON.stringify(await rows()) === JSON.stringify(before), events: eventsSince(mark) };

    // (b) A valid change is made, and announced exactly once.
    mark = events.length;
    const applied = await writer.setManager('report', 'other');
    const valid = { refused: applied, report: (await rows()).report.manager, events: eventsSince(mark) };

    // (c) Deactivation leaves the person TERMINATED (never deleted), announced once.
    mark = events.length;
    await writer.deactivate('report');
    const deactivation = { report: (await rows()).report.status, events: eventsSince(mark) };
    return { cycle, valid, deactivation };
  }

  it('each writer refuses a cycle alike, applies a valid manager change alike (one event), and deactivates alike', async () => {
    const expected = {
      cycle: { code: 'MANAGER_CYCLE', namesTheCycle: true, unchanged: true, events: [] },
      valid: { refused: null, report: 'other', events: [{ kind: EMPLOYEE_MANAGER_CHANGED, employee: 'report', from: 'boss', to: 'other' }] },
      deactivation: { report: 'TERMINATED', events: [{ kind: EMPLOYEE_STATUS_CHANGED, employee: 'report', from: 'ACTIVE', to: 'TERMINATED' }] },
    };
    const outcomes = { graphql: await outcomeOf(graphql()), scim: await outcomeOf(scim()), csv: await outcomeOf(csv()), hris: await outcomeOf(hris()) };
    expect(outcomes).toEqual({ graphql: expected, scim: expected, csv: expected, hris: expected });
  });
});
