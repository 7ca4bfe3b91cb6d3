import { Metrics } from './metrics';

const sample = (body: string, line: string) => body.split('\n').find((l) => l.startsWith(line))?.slice(line.length).trim();

describe('Metrics (the registry GET /metrics serves)', () => {
  it('records jobs: durations by result, failures, and a timed job that throws', async () => {
    const m = new Metrics();
    m.jobDuration('reminders', 0.2);
    m.jobFailed('reminders');
    await expect(m.timeJob('snapshots', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await m.timeJob('snapshots', async () => 42)).toBe(42);
    const { body } = await m.scrape();
    expect(sample(body, 'skillpath_job_duration_seconds_count{queue="reminders",result="completed"}')).toBe('1');
    expect(sample(body, 'skillpath_job_duration_seconds_count{queue="snapshots",result="failed"}')).toBe('1');
    expect(sample(body, 'skillpath_job_duration_seconds_count{queue="snapshots",result="completed"}')).toBe('1');
    expect(sample(body, 'skillpath_job_failures_total{queue="reminders"}')).toBe('1');
    expect(sample(body, 'skillpath_job_failures_total{queue="snapshots"}')).toBe('1');
  });

  it('reads queue depths and pool use at scrape time, skipping a source that fails', async () => {
    const m = new Metrics();
    let waiting = 3;
    m.queueDepthFrom(async () => [{ queue: 'reminders', state: 'queued', count: waiting }]);
    m.queueDepthFrom(async () => { throw new Error('down'); });
    m.observePool('main', () => ({ totalCount: 4, idleCount: 1, waitingCount: 2 }));
    expect(sample((await m.scrape()).body, 'skillpath_job_queue_depth{queue="reminders",state="queued"}')).toBe('3');
    waiting = 0;
    const { body, contentType } = await m.scrape();
    expect(contentType).toMatch(/^text\/plain/);
    expect(sample(body, 'skillpath_job_queue_depth{queue="reminders",state="queued"}')).toBe('0');
    expect(sample(body, 'skillpath_db_pool_connections{pool="main",state="waiting"}')).toBe('2');
    expect(sample(body, 'skillpath_db_pool_connections{pool="main",state="total"}')).toBe('4');
    expect(body).toContain('process_cpu_user_seconds_total');
  });

  it('counts sync runs and their records by outcome', async () => {
    const m = new Metrics();
    m.syncRunEnded({ kind: 'CSV', mode: 'UPLOAD', status: 'SUCCEEDED', counts: { created: 5, updated: 2, failed: 0 } });
    m.syncRunEnded({ kind: 'CSV', mode: 'UPLOAD', status: 'SUCCEEDED', counts: { created: 1 } });
    const { body } = await m.scrape();
    expect(sample(body, 'skillpath_sync_runs_total{kind="CSV",mode="UPLOAD",status="SUCCEEDED"}')).toBe('2');
    expect(sample(body, 'skillpath_sync_records_total{kind="CSV",mode="UPLOAD",outcome="created"}')).toBe('6');
    expect(body).not.toContain('outcome="failed"');
  });

  it('keeps error codes to code-like words', async () => {
    const m = new Metrics();
    m.graphqlRequest('Q', 'query', 0.01, ['FORBIDDEN', 'not a code {"x"}']);
    const { body } = await m.scrape();
    expect(sample(body, 'skillpath_graphql_errors_total{operation="Q",code="FORBIDDEN"}')).toBe('1');
    expect(sample(body, 'skillpath_graphql_errors_total{operation="Q",code="OTHER"}')).toBe('1');
  });
});
