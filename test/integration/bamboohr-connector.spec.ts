import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { connectorKeyFrom, SecretBox, SyncRunner } from '@app/connectors';
import report from '../../libs/connectors/src/bamboohr/client/fixtures/custom-report.json';
import changedFixture from '../../libs/connectors/src/bamboohr/client/fixtures/changed.json';
import { startTestApp, TestApp } from '../support/test-app';
import { syncedEmployees } from '../support/connector-sources';
import { uniqueName } from '../support/factories';

type Row = Record<string, unknown>;
type Fault = { status: number; headers?: Record<string, string>; body?: string } | 'hang' | 'malformed';

/** A BambooHR API on 127.0.0.1 serving the documented payloads of one company ("acme"), with scripted faults. */
class FakeBambooHr {
  rows: Row[] = [];
  /** Per row id, when it last changed (for filters.lastChanged). */
  lastChanged = new Map<string, string>();
  changed: unknown = { latest: null, employees: [] };
  /** Faults by endpoint key ("report", "changed", "list:<n>" for the n-th page, 1-based), consumed in order; a fault with `sticky` repeats. */
  faults = new Map<string, { fault: Fault; sticky: boolean }[]>();
  requests: Array<{ key: string; auth: string | undefined; query: URLSearchParams; body: Row | null }> = [];
  private server!: Server;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/gateway.php/acme`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  fail(key: string, fault: Fault, sticky = false): void {
    this.faults.set(key, [...(this.faults.get(key) ?? []), { fault, sticky }]);
  }

  count(key: string): number {
    return this.requests.filter((r) => r.key === key).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Row) : null;
    const path = url.pathname.replace('/api/gateway.php/acme', '');
    let key = 'unknown';
    if (req.method === 'POST' && path === '/v1/reports/custom') key = 'report';
    else if (path === '/v1/employees/changed') key = 'changed';
    else if (path === '/v1/employees') key = `list:${url.searchParams.get('page[after]') ? Number(Buffer.from(url.searchParams.get('page[after]')!, 'base64url').toString()) / Number(url.searchParams.get('page[limit]')) + 1 : 1}`;
    this.requests.push({ key, auth: req.headers.authorization, query: url.searchParams, body });
    const queue = this.faults.get(key);
    const next = queue?.[0];
    if (next) {
      if (!next.sticky) queue!.shift();
      if (next.fault === 'hang') return; // never answers: the client's timeout fires
      if (next.fault === 'malformed') return this.send(res, 200, '{"employees": [{"id": "4", ');
      res.writeHead(next.fault.status, { 'content-type': 'application/json', ...next.fault.headers });
      res.end(next.fault.body ?? '{}');
      return;
    }
    if (key === 'report') {
      const fields = (body?.fields as string[]) ?? [];
      const since = ((body?.filters as Row)?.lastChanged as Row)?.value as string | undefined;
      const rows = this.rows.filter((r) => !since || Date.parse(this.lastChanged.get(String(r.id)) ?? '1970-01-01T00:00:00Z') >= Date.parse(since));
      return this.send(res, 200, JSON.stringify({ title: body?.title, fields: fields.map((id) => ({ id, type: 'text', name: id })), employees: rows.map((r) => pick(r, fields)) }));
    }
    if (key === 'changed') return this.send(res, 200, JSON.stringify(this.changed));
    if (key.startsWith('list:')) {
      const limit = Number(url.searchParams.get('page[limit]') ?? 2500);
      const after = url.searchParams.get('page[after]');
      const start = after ? Number(Buffer.from(after, 'base64url').toString()) : 0;
      const fields = (url.searchParams.get('fields') ?? '').split(',');
      const data = this.rows.slice(start, start + limit).map(({ id, ...r }) => ({ employeeId: id, ...pick(r, fields) }));
      const end = start + limit;
      const page = end < this.rows.length ? { limit, nextCursor: Buffer.from(String(end)).toString('base64url') } : { limit };
      return this.send(res, 200, JSON.stringify({ data, meta: { total: this.rows.length, page } }));
    }
    this.send(res, 404, '{}');
  }

  private send(res: ServerResponse, status: number, text: string): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(text);
  }
}

function pick(row: Row, fields: string[]): Row {
  const out: Row = {};
  for (const f of fields) if (f in row) out[f] = row[f];
  return out;
}

/** The fixture's employees with emails and employee numbers unique to one test. */
function fixtureRows(tag: string): Row[] {
  return report.employees.map((e) => ({ ...e, workEmail: `${e.firstName.toLowerCase()}.${tag}@example.test`, employeeNumber: `${e.employeeNumber}-${tag}` }));
}

const FAST_RETRY = { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 5000 };

describe('BambooHR pull connector', () => {
  let t: TestApp;
  let runner: SyncRunner;
  let api: FakeBambooHr;
  const box = new SecretBox(connectorKeyFrom(process.env, false));

  beforeAll(async () => {
    t = await startTestApp();
    runner = t.app.get(SyncRunner);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    api = new FakeBambooHr();
    await api.start();
  });
  afterEach(() => api.stop());

  async function makeConnector(settings: Row = {}): Promise<{ id: string; tag: string }> {
    const tag = uniqueName('bhr').replace(/\s+/g, '-').toLowerCase();
    api.rows = fixtureRows(tag);
    const [row] = await t.dataSource.query(`INSERT INTO connector (kind, name, settings) VALUES ('BAMBOOHR', $1, $2) RETURNING id`, [
      tag, JSON.stringify({ baseUrl: api.baseUrl, retry: FAST_RETRY, timeoutMs: 2000, ...settings }),
    ]);
    await t.dataSource.query(`UPDATE connector SET secrets_sealed = $2 WHERE id = $1`, [row.id, box.seal({ apiKey: `key-${tag}` }, row.id)]);
    return { id: row.id, tag };
  }

  /** Job title, location and department names of a connector's people, by external id. */
  async function orgNames(connectorId: string): Promise<Map<string, { job_title: string | null; location: string | null; department: string | null }>> {
    const rows = await t.dataSource.query(
      `SELECT r.external_id, j.name AS job_title, l.name AS location, d.name AS department FROM external_ref r JOIN employee e ON e.id = r.internal_id
       LEFT JOIN job_role j ON j.id = e.job_role_id LEFT JOIN location l ON l.id = e.location_id LEFT JOIN department d ON d.id = e.department_id
       WHERE r.connector_id = $1 AND r.entity = 'employee'`,
      [connectorId],
    );
    return new Map(rows.map((r: { external_id: string }) => [r.external_id, r]));
  }

  const cursorOf = async (id: string): Promise<string | null> => (await t.dataSource.query(`SELECT cursor FROM connector WHERE id = $1`, [id]))[0].cursor;

  it('full sync creates employees with their managers (supervisorEId), with the encrypted API key; a second run changes nothing', async () => {
    const { id, tag } = await makeConnector({ customFields: { location: 'customCertificationTrack' } });
    const first = await runner.run(id);
    expect(first).toMatchObject({ status: 'SUCCEEDED', mode: 'FULL', created: 3, updated: 0, failed: 0, errorMessage: null });
    expect(api.requests[0].auth).toBe(`Basic ${Buffer.from(`key-${tag}:x`).toString('base64')}`);
    expect(api.requests[0].body?.fields).toEqual(expect.arrayContaining(['supervisorEId', 'workEmail', 'customCertificationTrack']));
    const people = await syncedEmployees(t.dataSource, id);
    expect(people.get('123')).toMatchObject({ first_name: 'Charlotte', email: `charlotte.${tag}@example.test`, manager_ext: '4', status: 'ON_LEAVE' });
    expect((await orgNames(id)).get('123')).toEqual(expect.objectContaining({ location: 'Security', job_title: 'Software Engineer', department: 'Engineering' }));
    expect(people.get('150')).toMatchObject({ manager_ext: '4', status: 'TERMINATED' });
    expect(people.get('4')).toMatchObject({ manager_ext: null, status: 'ACTIVE', employee_number: `1-${tag}` });
    expect(await cursorOf(id)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const second = await runner.run(id, { mode: 'FULL' });
    expect(second).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 3, deactivated: 0, reactivated: 0, failed: 0 });
    expect((await syncedEmployees(t.dataSource, id)).get('123')?.version).toBe(people.get('123')?.version);
  });

  it('an incremental run (changed-since the cursor) applies only the changes and moves the cursor to `latest`', async () => {
    const { id, tag } = await makeConnector();
    api.rows.push({ ...api.rows[0], id: '151', firstName: 'Gone', workEmail: `gone.${tag}@example.test`, employeeNumber: `151-${tag}`, supervisorEId: '4' });
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', created: 4 });
    const cursor = await cursorOf(id);

    // BambooHR now reports: 123 updated (new job title and manager), 200 inserted (reports to 123), 151 deleted.
    const latest = '2030-06-02T19:26:23+00:00';
    api.rows[1] = { ...api.rows[1], jobTitle: 'Staff Engineer', supervisorEId: '150' };
    api.rows.push({ ...api.rows[0], id: '200', firstName: 'Nina', workEmail: `nina.${tag}@example.test`, employeeNumber: `200-${tag}`, supervisorEId: '123', status: 'Active', employmentHistoryStatus: 'Full-Time' });
    api.rows = api.rows.filter((r) => r.id !== '151');
    for (const r of ['123', '200']) api.lastChanged.set(r, '2030-06-01T08:00:00Z');
    api.changed = {
      latest,
      employees: {
        ...changedFixture.employees,
        123: { id: '123', action: 'Updated', lastChanged: '2030-06-01T08:00:00+00:00' },
        200: { id: '200', action: 'Inserted', lastChanged: '2030-06-01T08:00:00+00:00' },
        151: { id: '151', action: 'Deleted', lastChanged: '2030-06-01T08:00:00+00:00' },
        150: undefined, 4: undefined,
      },
    };
    const run = await runner.run(id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', mode: 'INCREMENTAL', created: 1, updated: 1, unchanged: 0, deactivated: 1, failed: 0 });
    const changedRequest = api.requests.find((r) => r.key === 'changed')!;
    expect(changedRequest.query.get('since')).toBe(cursor);
    const reportRequest = api.requests.filter((r) => r.key === 'report').at(-1)!;
    expect(((reportRequest.body?.filters as Row).lastChanged as Row).value).toBe(cursor);
    const people = await syncedEmployees(t.dataSource, id);
    expect(people.get('123')).toMatchObject({ manager_ext: '150' });
    expect((await orgNames(id)).get('123')?.job_title).toBe('Staff Engineer');
    expect(people.get('200')).toMatchObject({ manager_ext: '123', status: 'ACTIVE' });
    expect(people.get('151')?.status).toBe('TERMINATED');
    expect(people.get('4')?.version).toBe(1);
    expect(await cursorOf(id)).toBe(latest);
  });

  it('waits for Retry-After on HTTP 429, then succeeds', async () => {
    const { id } = await makeConnector();
    api.fail('report', { status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const run = await runner.run(id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 3 });
    expect(api.count('report')).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it.each<[string, Fault, RegExp]>([
    ['HTTP 5xx', { status: 502, body: '<html>bad gateway</html>' }, /HTTP 502/],
    ['a timeout', 'hang', /timed out after 300 ms/],
    ['malformed JSON', 'malformed', /malformed JSON/],
  ])('%s fails the run with a recorded error, keeps the pages applied before it, and the next run finishes the job', async (_name, fault, message) => {
    const { id } = await makeConnector({ fullSource: 'list', pageSize: 2, timeoutMs: 300 });
    api.fail('list:2', fault, true);
    const failed = await runner.run(id);
    expect(failed).toMatchObject({ status: 'FAILED', created: 2 });
    expect(failed.errorMessage).toMatch(message);
    expect(failed.finishedAt).not.toBeNull();
    expect(await cursorOf(id)).toBeNull();
    let people = await syncedEmployees(t.dataSource, id);
    expect([...people.keys()].sort()).toEqual(['123', '4']);
    // Manager links are resolved after the last batch: the failed run left them pending, the next run applies them.
    expect(people.get('123')?.manager_ext).toBeNull();

    api.faults.clear();
    const next = await runner.run(id);
    expect(next).toMatchObject({ status: 'SUCCEEDED', mode: 'FULL', created: 1, unchanged: 2, failed: 0 });
    people = await syncedEmployees(t.dataSource, id);
    expect(people.get('150')?.manager_ext).toBe('4');
    expect(people.get('123')?.manager_ext).toBe('4');
  });
});
