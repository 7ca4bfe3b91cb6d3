import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger, Optional } from '@nestjs/common';
import { AppConfig, jsonArrayOf, requestContext, storableText, Viewer } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryRepository, AuditFilter, NewAuditEntry } from './audit-entry.repository';
import { AuditOutcome, RefusalDetail } from './audit-outcome';
import { AddressAllowance } from './address-allowance';

/** A connector writing on its own authority (e.g. a SCIM client pushing users), not a signed-in person. */
export interface ConnectorActor {
  readonly connectorId: string;
  readonly connectorName: string;
}

/** Who a change is recorded for: a signed-in viewer, a connector, or null for background work. */
export type AuditActor = Viewer | ConnectorActor | null;

export type { AuditFilter } from './audit-entry.repository';

/** One GraphQL operation or route being served: whether something in it already recorded its refusal. */
export interface OperationAudit {
  refusalRecorded: boolean;
}

const operation = new AsyncLocalStorage<OperationAudit>();

/**
 * Records every mutation (in its transaction) and every refused call (after the transaction, so it survives the
 * rollback). Refusals of callers without an identity are capped per client address (AUDIT_ANONYMOUS_PER_MINUTE).
 */
@Injectable()
export class AuditService {
  private readonly anonymous: AddressAllowance;
  private readonly logger = new Logger(AuditService.name);

  constructor(
    private readonly entries: AuditEntryRepository,
    private readonly tx: TransactionHost,
    @Optional() config?: AppConfig,
  ) {
    this.anonymous = new AddressAllowance(config?.AUDIT_ANONYMOUS_PER_MINUTE ?? new AppConfig().AUDIT_ANONYMOUS_PER_MINUTE);
  }

  /** Called inside the mutation's transaction: the entry commits or rolls back with the change. */
  async recordChange(actor: AuditActor, action: string, entityType: string, entityId: string | null, before: unknown, after: unknown): Promise<void> {
    await this.entries.insert(this.entry(actor, action, entityType, entityId, 'OK', before, after, null));
  }

  /** A denied access (DENIED), kept even when the request's transaction rolls back. */
  recordDenied(actor: Viewer | null, action: string, entityType: string, entityId: string | null): Promise<void> {
    return this.recordRefusal(actor, 'DENIED', action, entityType, entityId);
  }

  /**
   * A refused call with its true outcome, written once no transaction is open (it survives the rollback). Marks the
   * operation being served as audited, so it is not recorded again when its error leaves the resolver.
   * An anonymous caller's refusal is written only within its address's allowance.
   */
  async recordRefusal(actor: ConnectorActor | Viewer | null, outcome: Exclude<AuditOutcome, 'OK'>, action: string, entityType: string, entityId: string | null, detail: RefusalDetail | null = null): Promise<void> {
    const current = operation.getStore();
    if (current) current.refusalRecorded = true;
    let written = detail;
    if (!actor) {
      const admission = this.anonymous.admit(requestContext.current()?.ip ?? 'unknown');
      if (!admission.record) return;
      if (admission.suppressedBefore) written = { ...detail, suppressed: admission.suppressedBefore };
    }
    const entry = this.entry(actor, action, entityType, entityId === null ? null : storableText(entityId), outcome, null, null, written && storableDetail(written));
    try {
      await this.tx.whenSettled(() => this.entries.insertOutsideTransaction(entry));
    } catch (error) {
      // The refusal the caller gets stays what it is: a failed audit write never becomes the answer (a 500).
      this.logger.error(`Refusal of ${action} ${entityType} ${entry.entityId ?? ''} not audited: ${String(error)}`);
    }
  }

  /** Runs one operation, noting whether it recorded its own refusal (see recordRefusal). */
  inOperation<T>(audit: OperationAudit, fn: () => Promise<T>): Promise<T> {
    return operation.run(audit, fn);
  }

  async list(filter: AuditFilter, limit: number, beforeId?: string): Promise<AuditEntry[]> {
    return this.entries.page(filter, limit, beforeId);
  }

  /** The same page as `list`, each entry written by SQL as `object` (its exact JSON), as one JSON array. */
  async listJson(filter: AuditFilter, limit: number, beforeId: string | undefined, object: string): Promise<string> {
    const rows = await this.entries.pageJson(filter, limit, beforeId, object);
    return jsonArrayOf(rows);
  }

  private entry(actor: AuditActor, action: string, entityType: string, entityId: string | null, outcome: AuditOutcome, before: unknown, after: unknown, detail: RefusalDetail | null): NewAuditEntry {
    return {
      ...actorColumns(actor, outcome),
      action,
      entityType,
      entityId,
      outcome,
      before: (before ?? null) as object | null,
      after: (after ?? null) as object | null,
      detail,
      requestId: requestContext.current()?.requestId ?? null,
    };
  }
}

function actorColumns(actor: AuditActor, outcome: AuditOutcome): Pick<AuditEntry, 'actorKind' | 'actorId' | 'actorSubject'> {
  if (!actor) return { actorKind: outcome === 'OK' ? 'SYSTEM' : 'ANONYMOUS', actorId: null, actorSubject: null };
  if ('connectorId' in actor) return { actorKind: 'CONNECTOR', actorId: actor.connectorId, actorSubject: actor.connectorName };
  return { actorKind: 'EMPLOYEE', actorId: actor.employeeId, actorSubject: actor.subject };
}

/** Refused input is recorded as far as PostgreSQL can store it: no NUL, control characters or unpaired surrogates. */
function storableDetail(detail: RefusalDetail): RefusalDetail {
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return storableText(value);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), clean(v)]));
    return value;
  };
  return clean(detail) as RefusalDetail;
}
