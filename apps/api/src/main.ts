import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/shared';
import { createApp } from './bootstrap';
import { resolveDatabase } from './database';
import { createLogger } from './ops/logger';
import { installProcessGuards } from './ops/process-guards';
import { loadDemoOrganizationIfEmpty } from './demo/demo-seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  installProcessGuards(logger);
  const database = await resolveDatabase(config);
  logger.info({ embedded: database.embedded, dataDir: database.embedded ? config.DATA_DIR : undefined }, 'database ready');
  const app = await createApp({ config, databaseUrl: database.url, logger });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await app.close();
    await database.stop();
    clearTimeout(force);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen(config.PORT);
  const url = `http://localhost:${config.PORT}/graphql`;
  logger.info({ url }, 'Skillpath API listening');
  if (config.DEMO_SEED && !config.isProduction) {
    const tokens = await loadDemoOrganizationIfEmpty(app, config);
    if (tokens) {
      process.stdout.write(
        `\nDemo organization loaded. Open ${url} and paste one of these as the Authorization header:\n` +
          tokens.map((t) => `  ${t.label.padEnd(10)} ${t.name.padEnd(22)} Bearer ${t.token}`).join('\n') +
          `\n(Print a token for any demo user again with: npm run token -- <email>)\n\n`,
      );
    }
  }
}

void main().catch((e) => {
  process.stderr.write(`Skillpath failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
