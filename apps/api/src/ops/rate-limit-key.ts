import type { Request } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Viewer } from '@app/shared';

/** Resolves an Authorization header to the employee it signs in as (IdentityService). */
export interface SignInResolver {
  viewerFromAuthorization(header: string | undefined): Promise<Viewer | null>;
}

/**
 * Whom a request counts against: the employee its token verifies as, however the header is spelled
 * (`bearer`, extra spaces or a tab, another token of the same person); every other request (anonymous, a junk,
 * expired or unknown token, a SCIM push token) counts against its client address, so a new junk value never
 * buys a new allowance. The resolved viewer is kept on the request: the access guard does not look it up again.
 */
export function rateLimitKey(identity: SignInResolver) {
  return async (req: Request): Promise<string> => {
    const header = req.headers.authorization;
    const target = req as Request & { viewer?: Viewer | null };
    if (header) {
      try {
        target.viewer = await identity.viewerFromAuthorization(header);
        if (target.viewer) return `e:${target.viewer.employeeId}`;
      } catch {
        // The database did not answer: count the address, and let the guard try the token again.
        target.viewer = undefined;
      }
    }
    return `ip:${ipKeyGenerator(req.ip ?? '')}`;
  };
}
