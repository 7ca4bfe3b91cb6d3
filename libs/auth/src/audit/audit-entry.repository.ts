import { Injectable } from '@nestjs/common';
import { GenerateSql, SkipGenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { AuditActorKind, AuditEntry } from './audit-entry.entity';
import { AuditOutcome } from './audit-outcome';

/** An entry's written columns (the id and instant are the table's). */
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  actorKind?: AuditActorKind;
  outcome?: AuditOutcome;
  since?: Date;
  until?: Date;
}

const EXAMPLE_ENTRY: NewAuditEntry = {
  actorKind: 'EMPLOYEE', actorId: SqlExample.ID, actorSubject: 'ada', action: 'updateEmployee', entityType: 'Employee', entityId: SqlExample.ID_2,
  outcome: 'OK', before: { status: 'ACTIVE' }, after: { status: 'ON_LEAVE' }, detail: null, requestId: 'req-1',
};
const EVERY_FILTER: AuditFilter = {
  entityType: 'Employee', entityId: SqlExample.ID, action: 'updateEmployee', actorId: SqlExample.ID_2, actorKind: 'EMPLOYEE', outcome: 'OK', since: SqlExample.NOW, until: SqlExample.LATER,
};

/** The audit log's statements: entries are appended (in the caller's transaction, or after it) and read newest first. */
@Injectable()
export class AuditEntryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Appends the entry in the caller's transaction: it commits or rolls back with the change. */
  @GenerateSql({ params: [EXAMPLE_ENTRY] })
  async insert(entry: NewAuditEntry): Promise<void> {
    await this.tx.manager.insert(AuditEntry, entry);
  }

  /** Appends the entry outside any transaction (on the data source), so it stays when the caller's rolls back. */
  @SkipGenerateSql('writes outside the examples\' rolled-back transaction, so it would leave a row behind; the INSERT is the one `insert` shows')
  async insertOutsideTransaction(entry: NewAuditEntry): Promise<void> {
    await this.tx.dataSource.manager.insert(AuditEntry, entry);
  }

  /** Entries matching the filter, newest first, before `beforeId` when given. */
  @GenerateSql({ name: 'first page', params: [{}, 100] }, { name: 'filtered, next page', params: [EVERY_FILTER, 20, '42'] })
  page(filter: AuditFilter, limit: number, beforeId?: string): Promise<AuditEntry[]> {
    return this.pageQuery(filter, limit, beforeId).getMany();
  }

  /** The same page as `page`, each entry written by SQL as `object` (its exact JSON on the entry aliased `a`). */
  @GenerateSql({ params: [{ outcome: 'DENIED' }, 20, undefined, `json_build_object('id', a.id::text, 'action', a.action)`] })
  async pageJson(filter: AuditFilter, limit: number, beforeId: string | undefined, object: string): Promise<string[]> {
    const rows = await this.pageQuery(filter, limit, beforeId).select(`${object}::text`, 'json').getRawMany<{ json: string }>();
    return rows.map((r) => r.json);
  }

  private pageQuery(filter: AuditFilter, limit: number, beforeId?: string) {
    const qb = this.tx.manager.createQueryBuilder(AuditEntry, 'a').orderBy('a.id', 'DESC').limit(limit);
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', filter);
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', filter);
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', filter);
    if (filter.actorKind) qb.andWhere('a.actor_kind = :actorKind', filter);
    if (filter.outcome) qb.andWhere('a.outcome = :outcome', filter);
    if (filter.action) qb.andWhere('a.action = :action', filter);
    if (filter.since) qb.andWhere('a.at >= :since', filter);
    if (filter.until) qb.andWhere('a.at < :until', filter);
    if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
    return qb;
  }
}
