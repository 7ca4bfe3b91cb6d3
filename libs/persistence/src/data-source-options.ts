import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Entities = MixedList<Function | string | EntitySchema>;

/** One place that says how we talk to PostgreSQL; used by the app, the CLI scripts and tests. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function buildDataSourceOptions(url: string, entities: Entities, migrations: MixedList<Function | string>, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize, connectionTimeoutMillis: 30000 },
    logging: false,
  };
}
