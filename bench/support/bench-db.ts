import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedEngine } from '@app/persistence';
import { ALL_MIGRATIONS } from '../../migrations';

export interface BenchDatabase {
  url: string;
  engine: 'postgresql' | 'embedded';
  drop(): Promise<void>;
}

/**
 * A fresh database for one benchmark run: a new database on the DATABASE_URL server (dropped
 * afterwards), or the embedded engine in a temporary directory. Migrations are applied.
 */
export async function freshBenchDatabase(): Promise<BenchDatabase> {
  let db: BenchDatabase;
  if (process.env.DATABASE_URL) {
    const name = `skillpath_bench_${Date.now()}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    db = {
      url: url.toString(),
      engine: 'postgresql',
      drop: async () => {
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  } else {
    const engine = await startEmbeddedEngine(mkdtempSync(join(tmpdir(), 'skillpath-bench-')));
    db = { url: engine.url, engine: 'embedded', drop: () => engine.stop() };
  }
  const ds = new DataSource({ type: 'postgres', url: db.url, migrations: ALL_MIGRATIONS, migrationsTableName: 'migrations' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  return db;
}
