import type { CombinedError } from 'urql';

/** A failed request in words a person can act on (no codes, no field paths). */
export function describeError(error: CombinedError | Error | null | undefined): string | null {
  if (!error) return null;
  if ('networkError' in error && error.networkError) return 'Skillpath could not be reached. Check your connection and try again.';
  const first = 'graphQLErrors' in error ? error.graphQLErrors[0] : undefined;
  if (first) {
    switch (first.extensions?.code) {
      case 'NOT_FOUND':
        return 'This could not be found, or it is not yours to see.';
      case 'FORBIDDEN':
        return first.message && first.message !== 'Not allowed' ? first.message : 'You are not allowed to do this.';
      case 'UNAUTHENTICATED':
        return 'Your session has ended. Please sign in again.';
      case 'TOO_MANY_REQUESTS':
        return 'Too many requests just now. Wait a minute and try again.';
      case 'BAD_USER_INPUT':
        return first.message;
      default:
        return 'Something went wrong on our side. Try again in a moment.';
    }
  }
  return error.message.replace(/^\[(GraphQL|Network)\]\s*/, '');
}

/** A union result that is a refusal (it carries a message and no id). */
export function refusalMessage(result: { __typename?: string; message?: string } | null | undefined): string | null {
  if (!result) return null;
  return typeof result.message === 'string' ? result.message : null;
}
