import { DataSource, MigrationInterface } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { emptyDatabase } from './empty-database';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';

/**
 * Tests a migration on data written before it: a fresh database migrated up to (not including) `migration`, `seed`
 * run on it, then every migration, then `check` on the result. The database is dropped afterwards.
 */
export async function migrateAfterSeed(
  migration: new () => MigrationInterface,
  seed: (ds: DataSource) => Promise<void>,
  check: (ds: DataSource) => Promise<void>,
): Promise<void> {
  const db = await emptyDatabase();
  const sources = [ALL_MIGRATIONS.slice(0, (ALL_MIGRATIONS as readonly unknown[]).indexOf(migration)), ALL_MIGRATIONS].map((list) => new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, list, 1)));
  try {
    for (const [i, ds] of sources.entries()) {
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      await (i === 0 ? seed(ds) : check(ds));
      await ds.destroy();
    }
  } finally {
    for (const ds of sources) if (ds.isInitialized) await ds.destroy();
    await db.drop();
  }
}
