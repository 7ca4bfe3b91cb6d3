import { CONNECTOR_SYNC_QUEUE, ConnectorScheduler, SyncRunner } from '@app/connectors';
import { JobRunner } from '@app/jobs';
import { uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Connector schedules as jobs: the per-minute cron job queues one `connectors-sync` job per due
 * connector (keyed by connector, one per minute), and a sync job runs the connector only if no run
 * started since its schedule fired, so a connector queued twice syncs once.
 */
describe('connector schedules on the job system', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function scheduledConnector(): Promise<string> {
    const [row] = await t.dataSource.query(`INSERT INTO connector (kind, name, schedule, enabled) VALUES ('CSV', $1, '*/5 * * * *', true) RETURNING id`, [uniqueName('scheduled')]);
    return row.id;
  }

  it('queues one sync job per due connector, keyed so a minute queues it once', async () => {
    const id = await scheduledConnector();
    const sent: unknown[][] = [];
    const send = jest.spyOn(JobRunner.prototype, 'send').mockImplementation(async (...args) => (sent.push(args), 'job-id'));
    try {
      const now = new Date();
      expect(await t.app.get(ConnectorScheduler).enqueueDue(now)).toContain(id);
      expect(sent.filter(([, data]) => (data as { connectorId: string }).connectorId === id)).toEqual([
        [CONNECTOR_SYNC_QUEUE, { connectorId: id, due: now.toISOString() }, { singletonKey: id, singletonSeconds: 60 }],
      ]);
    } finally {
      send.mockRestore();
    }
  });

  it('a sync job runs the connector once: not again when a run started after the schedule fired', async () => {
    const id = await scheduledConnector();
    const run = jest.spyOn(t.app.get(SyncRunner), 'run').mockImplementation(async (connectorId: string) => {
      await t.dataSource.query(`INSERT INTO sync_run (connector_id, started_at, heartbeat_at, finished_at, status, mode) VALUES ($1, now(), now(), now(), 'SUCCEEDED', 'FULL')`, [connectorId]);
      return undefined as never;
    });
    try {
      const scheduler = t.app.get(ConnectorScheduler);
      const now = new Date();
      expect(await scheduler.runIfDue(id, now)).toBe(true);
      expect(await scheduler.runIfDue(id, now)).toBe(false); // the same job delivered twice
      expect(run).toHaveBeenCalledTimes(1);
      expect(await t.app.get(ConnectorScheduler).enqueueDue(now)).not.toContain(id);
    } finally {
      run.mockRestore();
    }
  });
});
