import type { Request, Response } from 'express';

const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/**
 * The 429 answer of the rate limit, in the caller's protocol: under /scim/v2 a SCIM Error (RFC 7644 §3.12) served as
 * application/scim+json, as SCIM clients parse every error; elsewhere a GraphQL-style error list.
 */
export function tooManyRequests(req: Request, res: Response): void {
  res.status(429);
  if (/^\/scim\/v2(\/|$)/i.test(req.path)) {
    res.type('application/scim+json').send(JSON.stringify({ schemas: [SCIM_ERROR], status: '429', detail: 'Too many requests; retry after the time in Retry-After' }));
    return;
  }
  res.json({ errors: [{ message: 'Too many requests', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
}
