import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/shared';
import { buildDataSourceOptions } from '@app/persistence';
import { ALL_ENTITIES } from '../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../migrations';
import { resolveDatabase, ResolvedDatabase } from '../apps/api/src/database';

/** A data source on DATABASE_URL or the embedded engine, for CLI scripts. */
export async function openDataSource(): Promise<{ dataSource: DataSource; database: ResolvedDatabase }> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const dataSource = new DataSource(buildDataSourceOptions(database.url, ALL_ENTITIES, ALL_MIGRATIONS, 2));
  await dataSource.initialize();
  return { dataSource, database };
}

export async function closeDataSource(handle: { dataSource: DataSource; database: ResolvedDatabase }): Promise<void> {
  await handle.dataSource.destroy();
  await handle.database.stop();
}
