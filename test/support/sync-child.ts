/**
 * A sync in a process of its own, for the kill -9 test: boots the app on DATABASE_URL and runs one upload-style
 * sync of killablePull(TAG, ROWS, BATCH, PAUSE_MS) on CONNECTOR_ID, printing "started" once the run is open.
 */
import 'reflect-metadata';
import pino from 'pino';
import { SyncRunner } from '@app/connectors';
import { loadConfig } from '@app/shared';
import { createApp } from '../../apps/api/src/bootstrap';
import { killablePull } from './killable-sync';

async function main(): Promise<void> {
  const env = process.env;
  const config = loadConfig({ ...env, NODE_ENV: 'test', RUN_MIGRATIONS: 'false', DEMO_SEED: 'false', WORKERS_IN_API: 'false' });
  const app = await createApp({ config, databaseUrl: env.DATABASE_URL as string, logger: pino({ level: 'silent' }) });
  const pull = killablePull(String(env.TAG), Number(env.ROWS), Number(env.BATCH), Number(env.PAUSE_MS));
  process.stdout.write('started\n');
  await app.get(SyncRunner).run(String(env.CONNECTOR_ID), { pull, pullIsFull: true });
  process.stdout.write('finished\n');
  await app.close();
}

void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
