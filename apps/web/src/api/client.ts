import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';
import { getToken, setToken } from '../auth/token-store';

/** One GraphQL client per session (nothing cached for one person is shown to the next): same origin, the bearer token on every request. */
export function createApiClient(_session: string | null): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: () => {
      const token = getToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          // An expired or revoked token: back to the sign-in page.
          const status = (error.response as Response | undefined)?.status;
          if (status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) setToken(null);
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
