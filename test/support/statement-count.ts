import { DataSource, Logger } from 'typeorm';
import { StatementCounter } from '@app/persistence';

/** SQL statements the data source runs while `fn` runs (swaps in a StatementCounter as its logger). */
export async function countStatements(ds: DataSource, fn: () => Promise<unknown>): Promise<number> {
  const holder = ds as unknown as { logger: Logger };
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
