import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, startEmbeddedEngine } from '@app/persistence';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { pendingSchemaSql } from '../../scripts/pending-schema-sql';

/** A brand-new empty database: a new database on the server, or a new embedded data directory. */
async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (process.env.SKILLPATH_TEST_ENGINE === 'embedded') {
    const engine = await startEmbeddedEngine(mkdtempSync(join(tmpdir(), 'skillpath-empty-')));
    return { url: engine.url, drop: () => engine.stop() };
  }
  const name = `skillpath_empty_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE ${name}`);
      await admin.destroy();
    },
  };
}

describe('migrations', () => {
  it('build an empty database up to the model, and roll all the way back', async () => {
    const db = await emptyDatabase();
    const ds = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    try {
      await ds.initialize();
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(ALL_MIGRATIONS.map((m) => m.name));
      expect((await pendingSchemaSql(ds)).up).toEqual([]);
      expect(await ds.showMigrations()).toBe(false);
      for (let i = 0; i < ALL_MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(tables).toEqual([]);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await db.drop();
    }
  });
});
