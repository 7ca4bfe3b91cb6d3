import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '@jest/types';
import { DataSource } from 'typeorm';
import { EmbeddedEngine, startEmbeddedEngine } from '../../libs/persistence/src/embedded-engine';
import { ALL_MIGRATIONS } from '../../migrations';
import { createServerWorkerDatabases, workerIds, workerUrlVariable } from './worker-databases';

export interface TestDatabases {
  /** The embedded engines by worker (none on a PostgreSQL server). */
  engines: EmbeddedEngine[];
  /** The migrated database the workers' copies were made from. */
  templateUrl: string;
  /** The embedded engines' data directories (template and copies), removed at teardown. */
  dirs: string[];
  ids: number[];
}

/**
 * Migrations run once, into a template: DATABASE_URL (CI: a fresh PostgreSQL database), or the embedded
 * engine in a temporary directory. Then each jest worker gets its own copy: `<database>_w<id>` made
 * FROM TEMPLATE on a server, or its own embedded engine started on a copy of the template's data
 * directory. Each test builds its own data in its worker's database.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env.SKIP_DB === '1') return;
  process.env.NODE_ENV = 'test';
  const ids = workerIds(globalConfig.maxWorkers);
  const embedded = !process.env.DATABASE_URL;
  let templateDir = '';
  let templateEngine: EmbeddedEngine | undefined;
  if (embedded) {
    templateDir = mkdtempSync(join(tmpdir(), 'skillpath-test-'));
    templateEngine = await startEmbeddedEngine(templateDir);
    process.env.SKILLPATH_TEST_ENGINE = 'embedded';
  }
  const templateUrl = templateEngine?.url ?? (process.env.DATABASE_URL as string);
  const ds = new DataSource({ type: 'postgres', url: templateUrl, migrations: ALL_MIGRATIONS, migrationsTableName: 'migrations' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();

  const state: TestDatabases = { engines: [], templateUrl, ids, dirs: templateDir ? [templateDir] : [] };
  if (templateEngine) {
    await templateEngine.stop();
    for (const id of ids) {
      const dir = `${templateDir}-w${id}`;
      cpSync(templateDir, dir, { recursive: true });
      state.dirs.push(dir);
      const engine = await startEmbeddedEngine(dir);
      state.engines.push(engine);
      process.env[workerUrlVariable(id)] = engine.url;
    }
    process.env.DATABASE_URL = state.engines[0].url;
  } else {
    for (const [id, url] of await createServerWorkerDatabases(templateUrl, ids)) process.env[workerUrlVariable(id)] = url;
  }
  (globalThis as { __testDatabases?: TestDatabases }).__testDatabases = state;
}
