import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

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

/** Nest's HttpExceptions (guards, pipes) carry a status; map them to GraphQL codes (also the audit log's outcomes). */
export function httpExceptionCode(err: unknown): { code: string; message: string; field?: string } | null {
  if (!err || typeof err !== 'object' || typeof (err as { getStatus?: unknown }).getStatus !== 'function') return null;
  const status = (err as { getStatus(): number }).getStatus();
  const response = (err as { getResponse(): unknown }).getResponse() as { message?: unknown; field?: string };
  const message = Array.isArray(response?.message) ? String(response.message[0]) : String(response?.message ?? 'Error');
  const byStatus: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'TOO_MANY_REQUESTS' };
  return { code: byStatus[status] ?? 'INTERNAL_SERVER_ERROR', message, field: response?.field };
}
