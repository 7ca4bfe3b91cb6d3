import { createHash, randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { requestContext } from '@app/shared';
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
 * Per-user rate limit: keyed on the bearer token (one user's session) or, without one, the
 * client address. Exceeding it answers 429 with Retry-After.
 */
export function rateLimitMiddleware(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const auth = req.header('authorization');
      return auth ? `t:${createHash('sha256').update(auth).digest('base64url')}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: tooManyRequests,
  });
}
