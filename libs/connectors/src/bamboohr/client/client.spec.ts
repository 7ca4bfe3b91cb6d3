import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BambooHrClient } from './client';
import { BambooHrRetryEvent } from './config';
import {
  BambooHrAbortedError,
  BambooHrAuthError,
  BambooHrHttpError,
  BambooHrNetworkError,
  BambooHrParseError,
  BambooHrRateLimitError,
  BambooHrServerError,
  BambooHrTimeoutError,
} from './errors';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const PREFIX = '/api/gateway.php/acme';
const API_KEY = 'test-api-key-123';

/** How the fake server answers one request. */
interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** Send headers and part of the body, then stall. */
  stallBody?: boolean;
  /** Drop the connection without a response. */
  destroy?: boolean;
}

interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A stand-in for api.bamboohr.com: per-route reply queues (the last reply repeats) and a log of requests. */
class FakeBambooHr {
  readonly seen: SeenRequest[] = [];
  private readonly routes = new Map<string, Reply[]>();
  private server?: http.Server;
  baseUrl = '';

  reply(route: string, ...replies: Reply[]): this {
    this.routes.set(route, replies);
    return this;
  }

  requests(route: string): SeenRequest[] {
    return this.seen.filter((r) => `${r.method} ${r.path}` === route);
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => this.handle(req, res, body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}${PREFIX}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname;
    this.seen.push({ method: req.method ?? '', path, query: url.searchParams, headers: req.headers, body });
    const queue = this.routes.get(`${req.method} ${path}`);
    const reply = queue ? (queue.length > 1 ? queue.shift()! : queue[0]) : { status: 404, body: '' };
    if (reply.hang) return;
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json', ...reply.headers });
    if (reply.stallBody) {
      res.write((reply.body ?? '').slice(0, 10));
      return;
    }
    res.end(reply.body ?? '');
  }
}

let server: FakeBambooHr;
let retries: BambooHrRetryEvent[];

function client(overrides: Partial<ConstructorParameters<typeof BambooHrClient>[0]> = {}): BambooHrClient {
  return new BambooHrClient({
    baseUrl: server.baseUrl,
    apiKey: API_KEY,
    timeoutMs: 2000,
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 },
    random: () => 0.5,
    onRetry: (event) => retries.push(event),
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    expect(String(err)).not.toContain(API_KEY);
    return err as Error;
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  server = new FakeBambooHr();
  retries = [];
  await server.start();
});

afterEach(async () => {
  await server.stop();
});

describe('BambooHrClient happy paths', () => {
  it('reads the directory with Basic auth (API key and "x") and Accept: application/json', async () => {
    server.reply('GET /v1/employees/directory', { body: fixture('directory.json') });
    const directory = await client().getDirectory();
    expect(directory.employees.map((e) => e.displayName)).toEqual(['Jennifer Caldwell', 'Charlotte Abbott']);
    expect(directory.fields).toHaveLength(8);
    const [request] = server.seen;
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${API_KEY}:x`).toString('base64')}`);
    expect(request.headers.accept).toBe('application/json');
    expect(request.headers['user-agent']).toBe('skillpath-bamboohr-client');
  });

  it('treats the documented 404 of an empty directory as no employees', async () => {
    server.reply('GET /v1/employees/directory', { status: 404, body: '' });
    await expect(client().getDirectory()).resolves.toEqual({ fields: [], employees: [] });
  });

  it('pulls a custom report with the default and custom fields and maps the rows', async () => {
    server.reply('POST /v1/reports/custom', { body: fixture('custom-report.json') });
    const result = await client().fetchEmployeeRecords({ customFields: ['customCertificationTrack', '4047'], today: '2024-06-15' });
    const [request] = server.requests('POST /v1/reports/custom');
    expect(request.query.get('format')).toBe('JSON');
    expect(request.query.has('onlyCurrent')).toBe(false);
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({
      title: 'Skillpath employee sync',
      fields: [
        'id',
        'employeeNumber',
        'firstName',
        'lastName',
        'workEmail',
        'department',
        'division',
        'jobTitle',
        'location',
        'supervisorEId',
        'status',
        'employmentHistoryStatus',
        'hireDate',
        'terminationDate',
        'customCertificationTrack',
        '4047',
      ],
    });
    expect(result.rejected).toEqual([]);
    expect(result.records.map((r) => [r.externalId, r.status, r.managerExternalId, r.custom['4047']])).toEqual([
      ['4', 'ACTIVE', null, 'CC-100'],
      ['123', 'ON_LEAVE', '4', null],
      ['150', 'TERMINATED', '4', 'CC-300'],
    ]);
  });

  it('sends the lastChanged filter and onlyCurrent when asked', async () => {
    server.reply('POST /v1/reports/custom', { body: '{"title":"t","fields":[],"employees":[]}' });
    await client().runCustomReport(['firstName', 'id'], { lastChanged: new Date('2024-05-01T10:20:30.456Z'), onlyCurrent: false, title: 'Delta' });
    const [request] = server.seen;
    expect(request.query.get('onlyCurrent')).toBe('false');
    expect(JSON.parse(request.body)).toEqual({
      title: 'Delta',
      fields: ['id', 'firstName'],
      filters: { lastChanged: { includeNull: 'no', value: '2024-05-01T10:20:30Z' } },
    });
  });

  it('lists employees changed since a timestamp, oldest change first', async () => {
    server.reply('GET /v1/employees/changed', { body: fixture('changed.json') });
    const changed = await client().getChangedEmployees('2024-06-01T00:00:00+00:00', { type: 'updated' });
    const [request] = server.seen;
    expect(request.query.get('since')).toBe('2024-06-01T00:00:00Z');
    expect(request.query.get('type')).toBe('updated');
    expect(changed).toEqual({
      latest: '2024-06-02T19:26:23+00:00',
      employees: [
        { id: '4', action: 'Inserted', lastChanged: '2024-06-01T08:00:00+00:00' },
        { id: '150', action: 'Deleted', lastChanged: '2024-06-01T08:00:00+00:00' },
        { id: '123', action: 'Updated', lastChanged: '2024-06-02T19:26:23+00:00' },
      ],
    });
  });

  it('reads "no changes", which PHP encodes as an empty array', async () => {
    server.reply('GET /v1/employees/changed', { body: '{"latest":"2024-06-02T19:26:23+00:00","employees":[]}' });
    await expect(client().getChangedEmployees(new Date('2024-06-02T00:00:00Z'))).resolves.toEqual({ latest: '2024-06-02T19:26:23+00:00', employees: [] });
    expect(server.seen[0].query.has('type')).toBe(false);
  });

  it('gets one employee with chosen fields', async () => {
    server.reply('GET /v1/employees/123', { body: fixture('employee.json') });
    const employee = await client().getEmployee('123', ['firstName', 'lastName', 'supervisorEId']);
    expect(employee).toMatchObject({ id: '123', supervisorEId: '4' });
    expect(server.seen[0].query.get('fields')).toBe('firstName,lastName,supervisorEId');
  });

  it('follows the cursor of the paged employee list', async () => {
    server.reply('GET /v1/employees', { body: fixture('employees-page-1.json') }, { body: fixture('employees-page-2.json') });
    const rows = await client().listEmployees({ pageSize: 2, fields: ['workEmail'], filter: { status: 'Active' } });
    expect(rows.map((r) => r.employeeId)).toEqual(['4', '123', '150']);
    const [first, second] = server.seen;
    expect(first.query.get('page[limit]')).toBe('2');
    expect(first.query.has('page[after]')).toBe(false);
    expect(first.query.get('filter[status]')).toBe('Active');
    expect(first.query.get('fields')).toBe('workEmail');
    expect(second.query.get('page[after]')).toBe('eyJpZCI6MTIzfQ');
  });

  it('stops when a cursor repeats instead of looping forever', async () => {
    server.reply('GET /v1/employees', { body: fixture('employees-page-1.json') });
    const err = await failure(client().listEmployees());
    expect(err).toBeInstanceOf(BambooHrParseError);
    expect(err.message).toContain('cursor repeated');
    expect(server.seen).toHaveLength(2);
  });
});

describe('BambooHrClient robustness', () => {
  it('waits for Retry-After (seconds, capped) after a 429', async () => {
    server.reply('GET /v1/employees/directory', { status: 429, headers: { 'Retry-After': '2' } }, { body: fixture('directory.json') });
    const start = Date.now();
    const directory = await client().getDirectory();
    expect(directory.employees).toHaveLength(2);
    expect(retries).toEqual([{ endpoint: 'GET /v1/employees/directory', attempt: 1, delayMs: 50, reason: 429 }]);
    expect(Date.now() - start).toBeGreaterThanOrEqual(45);
  });

  it('honours a Retry-After HTTP-date and Retry-After: 0', async () => {
    // An HTTP-date has whole seconds: one a second ahead could already be past on a loaded machine (0 ms wait).
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    server.reply('POST /v1/reports/custom', { status: 503, headers: { 'Retry-After': inTenSeconds } }, { status: 429, headers: { 'Retry-After': '0' } }, { body: fixture('custom-report.json') });
    await expect(client().runCustomReport(['firstName'])).resolves.toMatchObject({ title: 'Skillpath employee sync' });
    expect(retries.map((r) => [r.reason, r.delayMs])).toEqual([
      [503, 50],
      [429, 0],
    ]);
  });

  it('retries a 503 without Retry-After with backoff, then succeeds', async () => {
    server.reply('GET /v1/employees/changed', { status: 503, body: 'Service Unavailable' }, { body: fixture('changed.json') });
    const changed = await client().getChangedEmployees('2024-06-01T00:00:00Z');
    expect(changed.employees).toHaveLength(3);
    expect(retries).toEqual([{ endpoint: 'GET /v1/employees/changed', attempt: 1, delayMs: 4, reason: 503 }]);
    expect(server.seen).toHaveLength(2);
  });

  it('gives up on a persistent 500 after maxAttempts with growing delays', async () => {
    server.reply('GET /v1/employees/123', { status: 500, headers: { 'X-BambooHR-Error-Message': 'Internal error' } });
    const err = await failure(client().getEmployee('123', ['firstName']));
    expect(err).toBeInstanceOf(BambooHrServerError);
    expect(err).toMatchObject({ status: 500, attempts: 3, endpoint: 'GET /v1/employees/{id}', bambooMessage: 'Internal error' });
    expect(err.message).toBe('BambooHR GET /v1/employees/{id} failed with HTTP 500: Internal error (after 3 attempts)');
    expect(retries.map((r) => r.delayMs)).toEqual([4, 8]);
    expect(server.seen).toHaveLength(3);
  });

  it('gives up on a persistent 429 with a rate-limit error', async () => {
    server.reply('GET /v1/employees/directory', { status: 429, headers: { 'Retry-After': '0' } });
    const err = await failure(client().getDirectory());
    expect(err).toBeInstanceOf(BambooHrRateLimitError);
    expect(err).toMatchObject({ status: 429, attempts: 3 });
  });

  it('times out a request that never answers, retries, and succeeds', async () => {
    server.reply('GET /v1/employees/directory', { hang: true }, { body: fixture('directory.json') });
    const directory = await client({ timeoutMs: 300 }).getDirectory();
    expect(directory.employees).toHaveLength(2);
    expect(retries.map((r) => r.reason)).toEqual(['timeout']);
  });

  it('fails with a timeout error when every attempt times out, including a stalled body', async () => {
    server.reply('GET /v1/employees/directory', { hang: true }, { stallBody: true, body: fixture('directory.json') });
    const err = await failure(client({ timeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } }).getDirectory());
    expect(err).toBeInstanceOf(BambooHrTimeoutError);
    expect(err).toMatchObject({ attempts: 2, timeoutMs: 150, endpoint: 'GET /v1/employees/directory' });
    expect(server.seen).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    server.reply('GET /v1/employees/directory', { destroy: true }, { body: fixture('directory.json') });
    await expect(client().getDirectory()).resolves.toMatchObject({ employees: expect.any(Array) });
    expect(retries.map((r) => r.reason)).toEqual(['network']);
  });

  it('reports a network error when the server is gone', async () => {
    const gone = client();
    await server.stop();
    const err = await failure(gone.getDirectory());
    expect(err).toBeInstanceOf(BambooHrNetworkError);
    expect(err).toMatchObject({ attempts: 3 });
    await server.start();
  });

  it('fails at once on malformed JSON, naming the endpoint', async () => {
    server.reply('GET /v1/employees/directory', { body: '{"fields": [], "employees": [{"id": 4,' });
    const err = await failure(client().getDirectory());
    expect(err).toBeInstanceOf(BambooHrParseError);
    expect(err.message).toMatch(/^BambooHR GET \/v1\/employees\/directory returned malformed JSON: /);
    expect((err as BambooHrParseError).bodySnippet).toContain('"employees"');
    expect(server.seen).toHaveLength(1);
  });

  it('rejects a JSON body of the wrong shape', async () => {
    server.reply('POST /v1/reports/custom', { body: '<html>maintenance</html>' });
    expect(await failure(client().runCustomReport(['firstName']))).toBeInstanceOf(BambooHrParseError);
    server.reply('POST /v1/reports/custom', { body: '{"message":"ok"}' });
    const err = await failure(client().runCustomReport(['firstName']));
    expect(err.message).toBe("BambooHR POST /v1/reports/custom returned malformed JSON: expected an object with a 'employees' array");
  });

  it('fails at once on 401 with BambooHR\'s error message', async () => {
    server.reply('GET /v1/employees/directory', { status: 401, headers: { 'X-BambooHR-Error-Message': 'Invalid API key' } });
    const err = await failure(client().getDirectory());
    expect(err).toBeInstanceOf(BambooHrAuthError);
    expect(err).toMatchObject({ status: 401, attempts: 1, bambooMessage: 'Invalid API key' });
    expect(server.seen).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it('fails at once on other 4xx', async () => {
    server.reply('GET /v1/employees/changed', { status: 400, headers: { 'X-BambooHR-Error-Message': 'Invalid since' } });
    const err = await failure(client().getChangedEmployees('2024-01-01T00:00:00Z'));
    expect(err).toBeInstanceOf(BambooHrHttpError);
    expect(err).not.toBeInstanceOf(BambooHrServerError);
    expect(err).toMatchObject({ status: 400, attempts: 1 });
  });

  it('stops when the caller aborts', async () => {
    server.reply('GET /v1/employees/directory', { hang: true });
    const controller = new AbortController();
    const pending = client({ timeoutMs: 10_000 }).getDirectory({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending)).toBeInstanceOf(BambooHrAbortedError);
  });

  it('validates inputs before calling', async () => {
    await expect(client().getChangedEmployees('not a date')).rejects.toThrow(RangeError);
    await expect(client().runCustomReport(Array.from({ length: 400 }, (_, i) => `f${i}`))).rejects.toThrow('at most 400 fields');
    expect(server.seen).toHaveLength(0);
  });
});
