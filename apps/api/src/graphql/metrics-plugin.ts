import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { clientCodeOf, Metrics } from '@app/shared';

/**
 * Counts every GraphQL request and times it (from receipt to response) per operation, and counts its errors by
 * the code the client was given. A request that never resolved an operation (it did not parse or validate) is
 * labelled `(invalid)`; Metrics bounds the operation names it labels.
 */
export function graphqlMetrics(metrics: Metrics): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation: string | null | undefined;
      let type = 'unknown';
      const codes: string[] = [];
      return {
        async didResolveOperation(ctx) {
          operation = ctx.operationName ?? null;
          type = ctx.operation?.operation ?? 'unknown';
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) codes.push(clientCodeOf(error));
        },
        async willSendResponse() {
          metrics.graphqlRequest(operation, type, (performance.now() - started) / 1000, codes);
        },
      };
    },
  };
}
