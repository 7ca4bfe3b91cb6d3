/** Error codes a client can rely on (GraphQL `extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

/** An unexpected-but-classified failure, turned into a GraphQL error in one place (formatError). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, field);

/** A missing object and a denied one look the same: same code, same message. */
export const notFound = (entity: string) => new AppError('NOT_FOUND', `${entity} not found`);

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Authentication required');

export const forbidden = (message = 'Not allowed') => new AppError('FORBIDDEN', message);
