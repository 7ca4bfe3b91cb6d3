import { createServer, type Server } from 'node:http';

export const OIDC_CLIENT_ID = 'skillpath-console';
export const OIDC_AUDIENCE = 'skillpath';

/**
 * A local OpenID provider (the `oidc-provider` package) for the sign-in test: authorization code
 * with PKCE for a public client, JWT access tokens for the Skillpath API, and its development
 * login form, where the login typed is the subject (a demo person's is `demo|<email>`).
 */
export async function startOidcProvider(port: number, consoleOrigin: string): Promise<{ issuer: string; close: () => Promise<void> }> {
  const { default: Provider } = await import('oidc-provider');
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${consoleOrigin}/auth/callback`, `${consoleOrigin}/auth/silent`],
        post_logout_redirect_uris: [`${consoleOrigin}/`],
      },
    ],
    pkce: { required: () => true },
    clientBasedCORS: () => true,
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub }) }),
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => 'urn:skillpath:api',
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'openid profile email', audience: OIDC_AUDIENCE, accessTokenFormat: 'jwt', accessTokenTTL: 600 }),
      },
    },
  });
  provider.proxy = true;
  const server: Server = createServer(provider.callback());
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}
