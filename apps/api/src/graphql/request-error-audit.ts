import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { AuditService, IdentityService, outcomeOfError } from '@app/auth';
import { clientCodeOf } from '@app/shared';

interface HttpContext extends BaseContext {
  req?: { viewer?: import('@app/shared').Viewer | null; headers: Record<string, string | string[] | undefined> };
}

const INVALID_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Refusals no resolver sees: a document that does not parse or validate, or variables that do not coerce
 * (BAD_USER_INPUT before execution). Recorded as INVALID for the caller their token signs in (anonymous callers are
 * capped per address, as every anonymous entry). Errors of an operation field are recorded by the interceptor.
 */
export function requestErrorAudit(audit: AuditService, identity: IdentityService): ApolloServerPlugin<HttpContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, request, operationName }) {
          const first = errors.find((e) => !e.path);
          if (!first) return;
          const code = clientCodeOf(first);
          const req = contextValue.req;
          const header = req?.headers['authorization'];
          const viewer = req?.viewer ?? (await identity.viewerFromAuthorization(Array.isArray(header) ? header[0] : header));
          const outcome = INVALID_REQUEST_CODES.has(code) ? 'INVALID' : outcomeOfError(first.originalError).outcome;
          if (outcome === 'OK') return;
          await audit.recordRefusal(viewer, outcome, 'call', 'Operation', operationName ?? request.operationName ?? '(request)', { code, message: first.message.slice(0, 300) });
        },
      };
    },
  };
}
