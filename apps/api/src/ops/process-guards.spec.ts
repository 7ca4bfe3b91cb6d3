import pino from 'pino';
import { installProcessGuards, isConnectionError } from './process-guards';

describe('process guards', () => {
  it('tells connection errors (pg pool timeout, reset sockets, server shutdown) from bugs', () => {
    expect(isConnectionError(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isConnectionError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });

  it('logs an unhandled rejection and a connection error and keeps running; exits on any other uncaught exception', () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    const exits: number[] = [];
    const before = { rejection: process.listenerCount('unhandledRejection'), exception: process.listenerCount('uncaughtException') };
    const guards = installProcessGuards(logger, (code) => exits.push(code));
    try {
      expect(process.listenerCount('unhandledRejection')).toBe(before.rejection + 1);
      guards.onRejection(new Error('Connection terminated due to connection timeout'));
      guards.onException(new Error('Connection terminated unexpectedly'));
      expect(exits).toEqual([]);
      guards.onException(new TypeError('a bug'));
      expect(exits).toEqual([1]);
      expect(lines.map((l) => JSON.parse(l).msg)).toEqual([
        'unhandled promise rejection (the service keeps running)',
        'connection error outside a request (the service keeps running)',
        'uncaught exception: stopping',
      ]);
    } finally {
      process.removeListener('unhandledRejection', guards.onRejection);
      process.removeListener('uncaughtException', guards.onException);
    }
  });
});
