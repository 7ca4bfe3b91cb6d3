import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

interface UnitOfWork {
  manager: EntityManager;
  after: Array<() => Promise<unknown>>;
}

const current = new AsyncLocalStorage<UnitOfWork>();

/**
 * The unit of work. `manager` is the open transaction's manager when inside `run`, the pool's
 * otherwise; repositories always go through it, so one mutation is one transaction on one
 * connection (the embedded engine deadlocks if a transaction waits on a second connection).
 */
@Injectable()
export class TransactionHost {
  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return current.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return current.getStore() !== undefined;
  }

  /** Runs `fn` in a transaction, joining the one already open. */
  async run<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = current.getStore();
    if (open) return fn(open.manager);
    const after: UnitOfWork['after'] = [];
    try {
      return await this.dataSource.transaction((manager) => current.run({ manager, after }, () => fn(manager)));
    } finally {
      for (const task of after) await task();
    }
  }

  /**
   * Runs `task` once no transaction is open: now, or when the open one has committed or rolled back
   * (e.g. recording a denial that must survive a rollback).
   */
  async whenSettled(task: () => Promise<unknown>): Promise<void> {
    const open = current.getStore();
    if (open) open.after.push(() => current.exit(task));
    else await task();
  }

  /** Runs a raw statement on the current unit of work. */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params);
  }
}
