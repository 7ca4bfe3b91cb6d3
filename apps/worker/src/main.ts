import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@app/shared';
import { loadNotificationsConfig } from '@app/notifications';
import { WorkerModule } from './worker.module';

/**
 * Separate delivery worker (npm run start:worker): plans reminders and sends deliveries against
 * DATABASE_URL, alongside the API (set WORKERS_IN_API=false there to send only from workers).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    loadNotificationsConfig();
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
  process.stdout.write('Skillpath delivery worker running\n');
}

void main().catch((e) => {
  process.stderr.write(`Skillpath worker failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
