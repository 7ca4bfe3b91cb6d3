import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { requestContext } from '@app/shared';
import { rateLimitKey, SignInResolver } from './rate-limit-key';
import { tooManyRequests } from './too-many-requests';

/** Request id from `x-request-id` (if sane) or a new uuid; echoed back and bound to the request. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const id = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = id;
  res.setHeader('x-request-id', id);
  requestContext.run({ requestId: id, viewer: null, ip: req.ip }, next);
}

export function accessLogMiddleware(logger: Logger) {
  return pinoHttp({ logger, genReqId: (req) => (req as unknown as { id: string }).id, autoLogging: { ignore: (req) => req.url === '/health' } });
}

/**
 * Per-person rate limit: keyed on the employee a token verifies as, else the client address (rate-limit-key.ts).
 * Exceeding it answers 429 with Retry-After.
 */
export function rateLimitMiddleware(perMinute: number, identity: SignInResolver) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: rateLimitKey(identity),
    handler: tooManyRequests,
  });
}
