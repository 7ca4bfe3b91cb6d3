import { SyncRunner } from '@app/connectors';
import { startTestApp, TestApp } from '../support/test-app';
import { MetricEndpoint, metricOrg, Reply, restMetricsConnector, startMetricEndpoint } from '../support/metric-endpoint';

type Org = Awaited<ReturnType<typeof metricOrg>>;

/** Seven rows over three pages: alice's months Jan..Jun 2026 and one unknown employee (row 5, on page 2). */
function rowsOf(s: Org) {
  const month = (m: number) => `2026-0${m}-01`;
  return [
    ...[1, 2, 3, 4].map((m) => ({ person: { id: s.org.alice.email }, kpi: s.key, granularity: 'MONTH', from: month(m), score: m })),
    { person: { id: `ghost-${s.key}@example.test` }, kpi: s.key, granularity: 'MONTH', from: month(1), score: 0 },
    ...[5, 6].map((m) => ({ person: { id: s.org.alice.email }, kpi: s.key, granularity: 'MONTH', from: month(m), score: m })),
  ];
}
const PAGES = (rows: unknown[]) => [rows.slice(0, 3), rows.slice(3, 6), rows.slice(6)];
const json = (body: unknown, headers?: Record<string, string>): Reply => ({ status: 200, text: JSON.stringify(body), headers });

describe('REST JSON metric pull: pagination', () => {
  let t: TestApp;
  let runner: SyncRunner;
  let endpoint: MetricEndpoint;
  let elsewhere: MetricEndpoint;

  beforeAll(async () => {
    t = await startTestApp();
    runner = t.app.get(SyncRunner);
    endpoint = await startMetricEndpoint();
    elsewhere = await startMetricEndpoint();
  });
  afterAll(async () => {
    await endpoint.close();
    await elsewhere.close();
    await t.close();
  });

  const valuesOf = async (s: Org) =>
    (await t.dataSource.query(`SELECT o.value FROM metric_observation o JOIN metric_definition m ON m.id = o.metric_id WHERE m.key = $1 AND o.employee_id = $2 ORDER BY o.period_start`, [s.key, s.org.alice.id])).map((r: { value: number }) => r.value);
  const errorsOf = (runId: string) => t.dataSource.query(`SELECT line, field FROM sync_error WHERE run_id = $1`, [runId]);

  /** Runs the connector; every page must have been asked for with the auth header. */
  async function pull(s: Org, pagination: Record<string, unknown>, batchSize?: number) {
    const id = await restMetricsConnector(t.dataSource, `${endpoint.baseUrl}/metrics?team=ops`, s.hrisId, { pagination, ...(batchSize ? { batchSize } : {}) });
    const before = endpoint.requests.length;
    const run = await runner.run(id);
    const asked = endpoint.requests.slice(before);
    expect(asked.every((r) => r.auth === 'token-123')).toBe(true);
    return { run, asked: asked.map((r) => r.path) };
  }

  it('NEXT_LINK: follows the link in the body (relative to the page) until there is none; row errors are numbered across pages', async () => {
    const s = await metricOrg(t.dataSource);
    const pages = PAGES(rowsOf(s));
    endpoint.answer((url) => {
      const n = Number(url.searchParams.get('page') ?? 1);
      return json({ data: { items: pages[n - 1] }, links: { next: n < 3 ? `/metrics?team=ops&page=${n + 1}` : null } });
    });
    const { run, asked } = await pull(s, { type: 'NEXT_LINK', nextPath: 'links.next' });
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 6, failed: 1 });
    expect(asked).toEqual(['/metrics?team=ops', '/metrics?team=ops&page=2', '/metrics?team=ops&page=3']);
    expect(await valuesOf(s)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await errorsOf(run.id)).toEqual([{ line: 5, field: 'employee' }]);
  });

  it('NEXT_LINK without nextPath: follows the Link header rel="next"', async () => {
    const s = await metricOrg(t.dataSource);
    const pages = PAGES(rowsOf(s));
    endpoint.answer((url) => {
      const n = Number(url.searchParams.get('page') ?? 1);
      const next = `<${endpoint.baseUrl}/metrics?team=ops&page=${n + 1}>; rel="next"`;
      return json({ data: { items: pages[n - 1] } }, { link: [`<${endpoint.baseUrl}/metrics?page=1>; rel="first"`, ...(n < 3 ? [next] : [])].join(', ') });
    });
    const { run, asked } = await pull(s, { type: 'NEXT_LINK' });
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 6, failed: 1 });
    expect(asked).toHaveLength(3);
  });

  it('CURSOR: sends the next cursor back in its parameter until the body has none; a small batch size splits pages', async () => {
    const s = await metricOrg(t.dataSource);
    const pages = PAGES(rowsOf(s));
    const cursors = [null, 'c-2', 'c-3'];
    endpoint.answer((url) => {
      const n = cursors.indexOf(url.searchParams.get('after'));
      return json({ data: { items: pages[n] }, meta: { next_cursor: cursors[n + 1] ?? null } });
    });
    const { run, asked } = await pull(s, { type: 'CURSOR', cursorPath: 'meta.next_cursor', cursorParam: 'after' }, 2);
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 6, failed: 1 });
    expect(asked).toEqual(['/metrics?team=ops', '/metrics?team=ops&after=c-2', '/metrics?team=ops&after=c-3']);
    expect(await valuesOf(s)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('PAGE: asks page after page with the page size and stops at a short page; without a size it stops at an empty page', async () => {
    const s = await metricOrg(t.dataSource);
    const pages = PAGES(rowsOf(s));
    endpoint.answer((url) => json({ data: { items: pages[Number(url.searchParams.get('p'))] ?? [] } }));
    const sized = await pull(s, { type: 'PAGE', pageParam: 'p', firstPage: 0, pageSizeParam: 'limit', pageSize: 3 });
    expect(sized.run).toMatchObject({ status: 'SUCCEEDED', created: 6, failed: 1 });
    expect(sized.asked).toEqual(['/metrics?team=ops&p=0&limit=3', '/metrics?team=ops&p=1&limit=3', '/metrics?team=ops&p=2&limit=3']);
    const unsized = await pull(s, { type: 'PAGE', pageParam: 'p', firstPage: 0 });
    expect(unsized.run).toMatchObject({ status: 'SUCCEEDED', created: 0, unchanged: 6, failed: 1 });
    expect(unsized.asked).toEqual(['/metrics?team=ops&p=0', '/metrics?team=ops&p=1', '/metrics?team=ops&p=2', '/metrics?team=ops&p=3']);
  });

  it('refuses a next page on another origin (the auth header is never sent there), a loop, and more than maxPages pages', async () => {
    const s = await metricOrg(t.dataSource);
    const [page1] = PAGES(rowsOf(s));
    endpoint.answer(json({ data: { items: page1 }, next: `${elsewhere.baseUrl}/metrics?page=2` }));
    const foreign = await pull(s, { type: 'NEXT_LINK', nextPath: 'next' });
    expect(foreign.run.status).toBe('FAILED');
    expect(foreign.run.errorMessage).toMatch(/another origin/);
    expect(elsewhere.requests).toEqual([]);

    endpoint.answer(json({ data: { items: page1 }, next: '/metrics?team=ops' }));
    const loop = await pull(s, { type: 'NEXT_LINK', nextPath: 'next' });
    expect(loop.run.errorMessage).toMatch(/pagination loops/);
    expect(loop.asked).toHaveLength(1);

    endpoint.answer((url) => json({ data: { items: page1 }, next: `/metrics?page=${Number(url.searchParams.get('page') ?? 1) + 1}` }));
    const many = await pull(s, { type: 'NEXT_LINK', nextPath: 'next', maxPages: 4 });
    expect(many.run).toMatchObject({ status: 'FAILED' });
    expect(many.run.errorMessage).toMatch(/more than 4 pages/);
    expect(many.asked).toHaveLength(4);
  });

  it('follows a redirect within the origin, and refuses one to another origin without sending it the auth header', async () => {
    const s = await metricOrg(t.dataSource);
    const [page1] = PAGES(rowsOf(s));
    endpoint.answer((url) => (url.pathname === '/metrics' ? { status: 307, text: '', headers: { location: '/v2/metrics' } } : json({ data: { items: page1 } })));
    const moved = await pull(s, { type: 'NONE' });
    expect(moved.run).toMatchObject({ status: 'SUCCEEDED', created: 3 });
    expect(moved.asked).toEqual(['/metrics?team=ops', '/v2/metrics']);

    const before = elsewhere.requests.length;
    endpoint.answer({ status: 302, text: '', headers: { location: `${elsewhere.baseUrl}/metrics` } });
    const away = await pull(s, { type: 'NONE' });
    expect(away.run.status).toBe('FAILED');
    expect(away.run.errorMessage).toMatch(/redirects to another origin/);
    expect(elsewhere.requests.slice(before)).toEqual([]);
  });

  it('a page that fails fails the run; bad pagination settings name the setting', async () => {
    const s = await metricOrg(t.dataSource);
    const [page1] = PAGES(rowsOf(s));
    endpoint.answer((url) => (url.searchParams.get('page') === '2' ? { status: 502, text: 'bad gateway' } : json({ data: { items: page1 }, next: '/metrics?page=2' })));
    const { run } = await pull(s, { type: 'NEXT_LINK', nextPath: 'next' });
    expect(run.status).toBe('FAILED');
    expect(run.errorMessage).toMatch(/HTTP 502/);

    const id = await restMetricsConnector(t.dataSource, `${endpoint.baseUrl}/metrics`, s.hrisId, { pagination: { type: 'CURSOR' } });
    await expect(runner.run(id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.pagination.cursorPath' });
  });
});
