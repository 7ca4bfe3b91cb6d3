import { Logger as TypeOrmLogger } from 'typeorm';

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
