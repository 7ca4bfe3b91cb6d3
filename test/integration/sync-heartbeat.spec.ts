import { SyncRunner } from '@app/connectors';
import { startTestApp, TestApp } from '../support/test-app';
import { makeMemoryConnector, person, registerMemoryKind, syncedEmployees } from '../support/connector-sources';

describe('sync heartbeat and takeover', () => {
  let t: TestApp;
  let runner: SyncRunner;

  beforeAll(async () => {
    t = await startTestApp({ SYNC_HEARTBEAT_SECONDS: '1', SYNC_STALE_SECONDS: '3' });
    registerMemoryKind(t.app);
    runner = t.app.get(SyncRunner);
  });
  afterAll(() => t.close());

  it('beats while a batch is slow, and a run taken over stops without committing its next batch', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.batchSize = 1;
    source.rows = [person(tag, 'h1'), person(tag, 'h2'), person(tag, 'h3')];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atBatch = new Promise<void>((r) => (reached = r));
    source.beforeBatch = async (index) => {
      if (index !== 1) return;
      reached();
      await held;
    };
    const running = runner.run(id);
    await atBatch;
    const [{ id: runId, heartbeat_at: first }] = await t.dataSource.query(`SELECT id, heartbeat_at FROM sync_run WHERE connector_id = $1 AND status = 'RUNNING'`, [id]);
    await new Promise((r) => setTimeout(r, 2500));
    const [{ heartbeat_at: later }] = await t.dataSource.query(`SELECT heartbeat_at FROM sync_run WHERE id = $1`, [runId]);
    expect(new Date(later).getTime()).toBeGreaterThan(new Date(first).getTime()); // the timer beat, no batch did

    // Another process decided this run was dead (as openRun does) while it was held.
    await t.dataSource.query(`UPDATE sync_run SET status = 'ABORTED', error_message = 'No heartbeat: the run was killed' WHERE id = $1`, [runId]);
    release();
    const run = await running;
    expect(run).toMatchObject({ id: runId, status: 'ABORTED', checkpoint: 1 });
    expect([...(await syncedEmployees(t.dataSource, id)).keys()]).toEqual(['h1']); // h2's batch rolled back, h3 never read
  });
});
