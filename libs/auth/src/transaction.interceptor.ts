import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { TransactionHost } from '@app/persistence';

/** Every GraphQL mutation runs in one transaction: a failure anywhere leaves nothing half-written. */
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(private readonly tx: TransactionHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<{ operation: { operation: string }; parentType: { name: string } }>();
    if (info.operation.operation !== 'mutation' || info.parentType.name !== 'Mutation') return next.handle();
    return from(this.tx.run(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
