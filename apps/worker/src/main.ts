import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@app/shared';
import { loadJobsConfig } from '@app/jobs';
import { loadNotificationsConfig } from '@app/notifications';
import { WorkerModule } from './worker.module';

/**
 * The worker process (npm run start:worker): runs ALL background jobs against DATABASE_URL, alongside
 * API replicas started with WORKERS_IN_API=false (which then run none). On SIGTERM/SIGINT it stops
 * taking jobs and gives running ones JOBS_SHUTDOWN_GRACE_MS to finish.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    loadNotificationsConfig();
    loadJobsConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  if (!config.DATABASE_URL) {
    process.stderr.write('The worker process needs DATABASE_URL (the embedded engine lives inside the API process; use WORKERS_IN_API there).\n');
    process.exit(78);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config.DATABASE_URL, config), { logger: ['log', 'warn', 'error'] });
  app.enableShutdownHooks();
  process.stdout.write('Skillpath worker running all background jobs\n');
}

void main().catch((e) => {
  process.stderr.write(`Skillpath worker failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
