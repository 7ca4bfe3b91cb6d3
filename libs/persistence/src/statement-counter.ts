import { DataSource, Logger as TypeOrmLogger } from 'typeorm';

/** Counts SQL statements (used by tests and the benchmark to prove there is no N+1). */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** SQL statements a data source runs while `fn` runs (swaps in a StatementCounter as its logger). */
export async function countStatements(ds: DataSource, fn: () => Promise<unknown>): Promise<number> {
  const holder = ds as unknown as { logger: TypeOrmLogger };
  const original = holder.logger;
  const counter = new StatementCounter();
  holder.logger = counter;
  try {
    await fn();
  } finally {
    holder.logger = original;
  }
  return counter.count;
}
