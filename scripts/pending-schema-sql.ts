import { DataSource } from 'typeorm';

/** SQL that would bring the database in line with the entities (empty = no drift). */
export async function pendingSchemaSql(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
}
