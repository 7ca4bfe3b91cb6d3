import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { JobRunner } from '@app/jobs';
import { loadConfig } from '@app/shared';
import { createApp } from '../../apps/api/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';

const ALL_QUEUES = ['connectors-schedule', 'connectors-sync', 'incentives-lapses', 'notifications-deliver', 'notifications-plan', 'notifications-step-due', 'snapshots-monthly'];

/**
 * Where background work runs: the worker process (npm run start:worker) starts every job queue, the
 * API starts them all with WORKERS_IN_API=true and none with WORKERS_IN_API=false. (Starting is
 * recorded, not done, so no job touches the shared test database; pg-boss itself is tested apart.)
 */
describe('background work placement', () => {
  const started: string[][] = [];
  let start: jest.SpyInstance;
  const saved = process.env.WORKERS_IN_API;
  beforeEach(() => {
    started.length = 0;
    start = jest.spyOn(JobRunner.prototype, 'start').mockImplementation(async function (this: JobRunner) {
      started.push([...this.queues].sort());
    });
  });
  afterEach(() => {
    start.mockRestore();
    if (saved === undefined) delete process.env.WORKERS_IN_API;
    else process.env.WORKERS_IN_API = saved;
  });

  const config = () => loadConfig({ ...process.env, NODE_ENV: 'test', RUN_MIGRATIONS: 'false', DEMO_SEED: 'false' });

  it('the worker process runs ALL background jobs, whatever WORKERS_IN_API says', async () => {
    process.env.WORKERS_IN_API = 'false';
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(process.env.DATABASE_URL as string, config()), { logger: false });
    await app.close();
    expect(started).toEqual([ALL_QUEUES]);
  });

  it.each([
    ['true', [ALL_QUEUES]],
    ['false', []],
  ])('the API with WORKERS_IN_API=%s starts %j', async (flag, expected) => {
    process.env.WORKERS_IN_API = flag;
    const app = await createApp({ config: config(), databaseUrl: process.env.DATABASE_URL as string, logger: pino({ level: 'silent' }), serveConsole: false });
    await app.close();
    expect(started).toEqual(expected);
  });
});
