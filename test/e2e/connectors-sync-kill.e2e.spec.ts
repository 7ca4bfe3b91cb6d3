import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SyncAlreadyRunningError, SyncRunner } from '@app/connectors';
import { uniqueName } from '../support/factories';
import { killablePull } from '../support/killable-sync';
import { startTestApp, TestApp } from '../support/test-app';

const HEARTBEAT = 1;
const STALE = 4;
const ROWS = 3000;
const BATCH = 100;

/**
 * kill -9 of a process in the middle of a sync: the next run takes over the dead run as soon as its heartbeat is
 * SYNC_STALE_SECONDS old (seconds here, 60 by default), and resumes after the last batch the dead run committed.
 */
describe('a killed sync', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SYNC_HEARTBEAT_SECONDS: String(HEARTBEAT), SYNC_STALE_SECONDS: String(STALE) });
  });
  afterAll(() => t.close());

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('is taken over within the stale time, and the new run resumes from its checkpoint without re-processing rows', async () => {
    const tag = uniqueName('kill').replace(/\s+/g, '-').toLowerCase();
    const [{ id: connectorId }] = await t.dataSource.query(`INSERT INTO connector (kind, name) VALUES ('CSV', $1) RETURNING id`, [tag]);
    const root = join(__dirname, '../..');
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/support/sync-child.ts'], {
      cwd: root,
      env: {
        ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json'), CONNECTOR_ID: connectorId, TAG: tag, ROWS: String(ROWS), BATCH: String(BATCH), PAUSE_MS: '300',
        SYNC_HEARTBEAT_SECONDS: String(HEARTBEAT), SYNC_STALE_SECONDS: String(STALE), DB_POOL_SIZE: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    try {
      // Wait until the child (booting under ts-node takes a while) has committed a few batches, then kill it
      // without a chance to clean up.
      const deadline = Date.now() + 200_000;
      let dead: { id: string; checkpoint: number } | undefined;
      while (Date.now() < deadline && child.exitCode === null) {
        [dead] = await t.dataSource.query(`SELECT id, checkpoint FROM sync_run WHERE connector_id = $1 AND status = 'RUNNING'`, [connectorId]);
        if (dead && dead.checkpoint >= 5 * BATCH) break;
        await sleep(100);
      }
      if (!dead || dead.checkpoint < 5 * BATCH) throw new Error(`the child never committed ${5 * BATCH} rows: ${out}`);
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const killedAt = Date.now();
      const [atDeath] = await t.dataSource.query(`SELECT status, checkpoint FROM sync_run WHERE id = $1`, [dead!.id]);
      expect(atDeath.status).toBe('RUNNING');
      const committed = atDeath.checkpoint as number;
      expect(committed % BATCH).toBe(0); // whole batches only
      expect(committed).toBeLessThan(ROWS);

      // A new run is refused while the dead one's heartbeat is fresh, and takes over once it is STALE seconds old.
      const runner = t.app.get(SyncRunner);
      let processed = 0;
      let run;
      while (!run) {
        try {
          run = await runner.run(connectorId, { pull: killablePull(tag, ROWS, BATCH, 0, () => processed++), pullIsFull: true });
        } catch (e) {
          expect(e).toBeInstanceOf(SyncAlreadyRunningError);
          expect(Date.now() - killedAt).toBeLessThan(60_000);
          await sleep(250);
        }
      }
      const tookOverAfter = (Date.now() - killedAt) / 1000;
      expect(tookOverAfter).toBeLessThan(60);
      expect(tookOverAfter).toBeGreaterThan(STALE - HEARTBEAT - 1);

      expect(run).toMatchObject({ status: 'SUCCEEDED', resumedFrom: dead!.id, checkpoint: ROWS, failed: 0 });
      // Only the rows after the checkpoint were merged: counted by the run and by the engine's own counts.
      expect(run.created + run.updated + run.unchanged).toBe(ROWS - committed);
      expect(run.created).toBe(ROWS - committed);
      expect(processed).toBe(ROWS); // the source was read whole (the ids before the checkpoint count as seen)…
      expect(run.deactivated).toBe(0); // …so the full run deactivates nobody the dead run had created
      const [aborted] = await t.dataSource.query(`SELECT status, error_message FROM sync_run WHERE id = $1`, [dead!.id]);
      expect(aborted).toEqual({ status: 'ABORTED', error_message: 'No heartbeat: the run was killed' });
      const [{ people, distinct }] = await t.dataSource.query(
        `SELECT count(*)::int AS people, count(DISTINCT r.external_id)::int AS distinct FROM external_ref r JOIN employee e ON e.id = r.internal_id WHERE r.connector_id = $1`,
        [connectorId],
      );
      expect({ people, distinct }).toEqual({ people: ROWS, distinct: ROWS });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 300_000);
});
