import { DataSource, Logger } from 'typeorm';

/** The SQL statements a data source runs while `fn` runs, as text (swaps in a logger that keeps them). */
export async function statementsOf(ds: DataSource, fn: () => Promise<unknown>): Promise<string[]> {
  const holder = ds as unknown as { logger: Logger };
  const original = holder.logger;
  const texts: string[] = [];
  holder.logger = { logQuery: (q: string) => void texts.push(q), logQueryError: () => undefined, logQuerySlow: () => undefined, logSchemaBuild: () => undefined, logMigration: () => undefined, log: () => undefined };
  try {
    await fn();
  } finally {
    holder.logger = original;
  }
  return texts;
}
