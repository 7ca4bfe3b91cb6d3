import { Injectable } from '@nestjs/common';
import { requestContext, Viewer } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { AuditActorKind, AuditEntry } from './audit-entry.entity';

/** A connector writing on its own authority (e.g. a SCIM client pushing users), not a signed-in person. */
export interface ConnectorActor {
  readonly connectorId: string;
  readonly connectorName: string;
}

/** Who a change is recorded for: a signed-in viewer, a connector, or null for background work. */
export type AuditActor = Viewer | ConnectorActor | null;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  actorKind?: AuditActorKind;
  outcome?: 'OK' | 'DENIED';
  since?: Date;
  until?: Date;
}

/** Records every mutation (in its transaction) and every denied access (which survives a rollback). */
@Injectable()
export class AuditService {
  constructor(private readonly tx: TransactionHost) {}

  /** Called inside the mutation's transaction: the entry commits or rolls back with the change. */
  async recordChange(actor: AuditActor, action: string, entityType: string, entityId: string | null, before: unknown, after: unknown): Promise<void> {
    await this.tx.manager.insert(AuditEntry, this.entry(actor, action, entityType, entityId, 'OK', before, after));
  }

  /** A denial is kept even when the request's transaction rolls back. */
  async recordDenied(actor: Viewer | null, action: string, entityType: string, entityId: string | null): Promise<void> {
    const entry = this.entry(actor, action, entityType, entityId, 'DENIED', null, null);
    await this.tx.whenSettled(() => this.tx.dataSource.manager.insert(AuditEntry, entry));
  }

  async list(filter: AuditFilter, limit: number, beforeId?: string): Promise<AuditEntry[]> {
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
    return qb.getMany();
  }

  private entry(actor: AuditActor, action: string, entityType: string, entityId: string | null, outcome: 'OK' | 'DENIED', before: unknown, after: unknown) {
    return {
      ...actorColumns(actor, outcome),
      action,
      entityType,
      entityId,
      outcome,
      before: (before ?? null) as object | null,
      after: (after ?? null) as object | null,
      requestId: requestContext.current()?.requestId ?? null,
    };
  }
}

function actorColumns(actor: AuditActor, outcome: 'OK' | 'DENIED'): Pick<AuditEntry, 'actorKind' | 'actorId' | 'actorSubject'> {
  if (!actor) return { actorKind: outcome === 'DENIED' ? 'ANONYMOUS' : 'SYSTEM', actorId: null, actorSubject: null };
  if ('connectorId' in actor) return { actorKind: 'CONNECTOR', actorId: actor.connectorId, actorSubject: actor.connectorName };
  return { actorKind: 'EMPLOYEE', actorId: actor.employeeId, actorSubject: actor.subject };
}
