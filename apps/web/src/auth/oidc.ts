import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { ConsoleConfig } from './console-config';

/**
 * Production sign-in: OpenID Connect authorization code with PKCE (oidc-client-ts). The user (and
 * its tokens) is stored in memory only; tokens are renewed silently in a hidden frame before expiry.
 */
export function createUserManager(oidc: NonNullable<ConsoleConfig['oidc']>): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: oidc.issuer,
    client_id: oidc.clientId,
    scope: oidc.scope,
    redirect_uri: `${origin}/auth/callback`,
    silent_redirect_uri: `${origin}/auth/silent`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  });
}
