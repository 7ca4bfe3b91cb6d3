import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { TransactionHost } from '@app/persistence';
import { operationOf } from './audit/operation';
import { RefusalAudit } from './audit/refusal-audit';

/**
 * Every GraphQL mutation runs in one transaction: a failure anywhere leaves nothing half-written. Every GraphQL
 * operation and REST route is watched for refusals, which are audited outside (after) that transaction.
 */
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly tx: TransactionHost,
    private readonly refusals: RefusalAudit,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const op = operationOf(context);
    if (!op) return next.handle();
    const run = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    const inTransaction = context.getType<string>() === 'graphql' && op.mutation;
    return from(this.refusals.watch(op, inTransaction ? () => this.tx.run(run) : run));
  }
}
