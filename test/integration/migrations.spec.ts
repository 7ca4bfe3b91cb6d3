import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { emptyDatabase } from '../support/empty-database';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { pendingSchemaSql } from '../../scripts/pending-schema-sql';

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
