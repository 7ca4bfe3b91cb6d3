import { SetMetadata } from '@nestjs/common';
import { Role } from '@app/shared';

export const ACCESS_KEY = 'skillpath:access';

/** Who may call a resolver or route: roles, ANY signed-in employee, or PUBLIC. */
export type AccessRule = { kind: 'roles'; roles: Role[] } | { kind: 'any' } | { kind: 'public' };

/** Only these roles may call. The service layer still scopes each object. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** Any signed-in employee; the service layer scopes what they see. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'any' } satisfies AccessRule);

/** No token needed (health checks, token-protected feeds that check their own secret). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
