import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedEngine } from '../../libs/persistence/src/embedded-engine';
import { ALL_MIGRATIONS } from '../../migrations';

/**
 * One database for the whole run: DATABASE_URL (CI: a fresh PostgreSQL database), or the embedded
 * engine in a temporary directory. Migrations run once here; each test builds its own data.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.SKIP_DB === '1') return;
  process.env.NODE_ENV = 'test';
  if (!process.env.DATABASE_URL) {
    const engine = await startEmbeddedEngine(mkdtempSync(join(tmpdir(), 'skillpath-test-')));
    (globalThis as { __engine?: unknown }).__engine = engine;
    process.env.DATABASE_URL = engine.url;
    process.env.SKILLPATH_TEST_ENGINE = 'embedded';
  }
  const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, migrations: ALL_MIGRATIONS, migrationsTableName: 'migrations' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
