import type { Logger } from 'pino';

/** Errors of a connection (to the database or a client), not of the program: one request fails, the process lives. */
const CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNABORTED', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08003', '08006']);
const CONNECTION_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|socket hang up|Handler disconnected|write after end/i;

export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return !!e && (CONNECTION_CODES.has(String(e.code)) || (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)));
}

/**
 * No pool, socket or stray promise error ends the service: an unhandled rejection is logged (Node would exit), and
 * so is an uncaught connection error (a pg client or socket whose peer went away, the pool's connect timeout). Any
 * other uncaught exception is a bug whose state cannot be trusted: logged, then the process exits for its
 * supervisor to restart it.
 */
export function installProcessGuards(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): { onRejection(reason: unknown): void; onException(error: Error): void } {
  const handlers = {
    onRejection(reason: unknown): void {
      logger.error({ err: reason }, 'unhandled promise rejection (the service keeps running)');
    },
    onException(error: Error): void {
      if (isConnectionError(error)) {
        logger.error({ err: error }, 'connection error outside a request (the service keeps running)');
        return;
      }
      logger.fatal({ err: error }, 'uncaught exception: stopping');
      exit(1);
    },
  };
  process.on('unhandledRejection', handlers.onRejection);
  process.on('uncaughtException', handlers.onException);
  return handlers;
}
