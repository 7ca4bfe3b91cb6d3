import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { argumentPathOf } from '../input/input-checks';

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors become client-visible. Known errors keep their code and field;
 * anything else becomes INTERNAL_SERVER_ERROR. In production no stack or SQL is ever sent.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) } };
  }
  const refused = refusedInput(error, String(formatted.extensions?.code ?? ''));
  if (refused) return { ...base, extensions: { code: 'BAD_USER_INPUT', ...(refused.field ? { field: refused.field } : {}) } };
  const httpCode = httpExceptionCode(original);
  if (httpCode) return { ...base, message: httpCode.message, extensions: { code: httpCode.code, ...(httpCode.field ? { field: httpCode.field } : {}) } };
  const code = String(formatted.extensions?.code ?? '');
  if (PASS_THROUGH_CODES.has(code)) {
    const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
    return { ...base, extensions: production ? { code, ...(ext.field ? { field: ext.field } : {}) } : ext };
  }
  if (original instanceof QueryFailedError || production) {
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return { ...base, extensions: { ...formatted.extensions, code: code || 'INTERNAL_SERVER_ERROR' } };
}

/**
 * The code formatGraphqlError gives the client for a raw error (as Apollo hands it to plugins), so what is logged
 * or audited about a request says what its caller was told.
 */
export function clientCodeOf(error: GraphQLError): string {
  const formatted = { ...error.toJSON(), extensions: { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } };
  return String(formatGraphqlError(formatted, error, true).extensions?.code);
}

/**
 * A bad argument caught before execution (a scalar's parse, InputChecksRule, checkVariableInputs, or graphql-js
 * refusing a literal argument's value): Apollo reports literal ones as GRAPHQL_VALIDATION_FAILED; they are
 * BAD_USER_INPUT naming the argument like every other bad input.
 */
function refusedInput(error: unknown, code: string): { field?: string } | null {
  if (!(error instanceof GraphQLError) || error.path) return null;
  const cause = error.originalError;
  const field = (cause instanceof AppError ? cause.field : undefined) || argumentPathOf(error.nodes?.[0]);
  if (cause instanceof AppError && cause.code === 'BAD_USER_INPUT') return { field };
  return code === 'GRAPHQL_VALIDATION_FAILED' && field ? { field } : null;
}

/** Nest's HttpExceptions (guards, pipes) carry a status; map them to GraphQL codes (also the audit log's outcomes). */
export function httpExceptionCode(err: unknown): { code: string; message: string; field?: string } | null {
  if (!err || typeof err !== 'object' || typeof (err as { getStatus?: unknown }).getStatus !== 'function') return null;
  const status = (err as { getStatus(): number }).getStatus();
  const response = (err as { getResponse(): unknown }).getResponse() as { message?: unknown; field?: string };
  const message = Array.isArray(response?.message) ? String(response.message[0]) : String(response?.message ?? 'Error');
  const byStatus: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'TOO_MANY_REQUESTS' };
  return { code: byStatus[status] ?? 'INTERNAL_SERVER_ERROR', message, field: response?.field };
}
