import { Injectable } from '@nestjs/common';
import { AuditService, OperationAudit } from './audit.service';
import { outcomeOfError, outcomeOfResultType } from './audit-outcome';
import { Operation } from './operation';

/**
 * The one place a call's refusal reaches the audit log: an error leaving the resolver or route (its true outcome:
 * INVALID for BAD_USER_INPUT, NOT_FOUND, DENIED…), or a union result that is an expected failure
 * (`PracticeActionRefused`, `DuplicateCredentialError`…), its `errorCode` recorded as the reason. A service that recorded its own refusal (with the entity it
 * refused) is not recorded twice. Entries are written after the mutation's transaction, so they survive its rollback.
 */
@Injectable()
export class RefusalAudit {
  constructor(private readonly audit: AuditService) {}

  async watch<T>(op: Operation, run: () => Promise<T>): Promise<T> {
    const state: OperationAudit = { refusalRecorded: false };
    let result: T;
    try {
      result = await this.audit.inOperation(state, run);
    } catch (error) {
      if (!state.refusalRecorded) {
        const { outcome, detail } = outcomeOfError(error);
        if (outcome !== 'OK') await this.audit.recordRefusal(op.viewer, outcome, 'call', 'Operation', op.name, { ...detail, ...targetOf(op) });
      }
      throw error;
    }
    if (!state.refusalRecorded) await this.recordResult(op, result);
    return result;
  }

  private async recordResult(op: Operation, result: unknown): Promise<void> {
    const type = await op.resultType(result);
    const outcome = type ? outcomeOfResultType(type) : 'OK';
    if (outcome === 'OK') return;
    const { errorCode, reason, message, field } = result as { errorCode?: unknown; reason?: unknown; message?: unknown; field?: unknown };
    const why = errorCode ?? reason;
    await this.audit.recordRefusal(op.viewer, outcome, 'call', 'Operation', op.name, {
      result: type as string,
      ...(typeof why === 'string' ? { reason: why } : {}),
      ...(typeof field === 'string' ? { field } : {}),
      ...(typeof message === 'string' ? { message } : {}),
      ...targetOf(op),
    });
  }
}

export function targetOf(op: Operation): { target?: Record<string, string> } {
  return Object.keys(op.target).length ? { target: op.target } : {};
}
