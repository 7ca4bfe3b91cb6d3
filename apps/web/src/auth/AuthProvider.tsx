import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { demoSignIn, loadConsoleConfig, type ConsoleConfig } from './console-config';
import { createUserManager } from './oidc';
import { getToken, onTokenChange, setToken, storedDevelopmentToken } from './token-store';

export interface Auth {
  ready: boolean;
  config: ConsoleConfig | null;
  token: string | null;
  /** A problem reaching the server or the identity provider, in plain words. */
  problem: string | null;
  signInAs(email: string): Promise<void>;
  signInWithProvider(returnTo?: string): Promise<void>;
  /** Finishes the provider's redirect; returns where to go next. */
  completeProviderSignIn(): Promise<string>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [manager, setManager] = useState<UserManager | null>(null);
  const [token, setTokenState] = useState<string | null>(getToken());
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => onTokenChange(setTokenState), []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const cfg = await loadConsoleConfig();
        if (cancelled) return;
        setConfig(cfg);
        if (cfg.devSignIn && !getToken()) {
          const dev = storedDevelopmentToken();
          if (dev) setToken(dev);
        }
        if (cfg.oidc) {
          const um = createUserManager(cfg.oidc);
          um.events.addUserLoaded((u) => setToken(u.access_token));
          um.events.addUserUnloaded(() => setToken(null));
          um.events.addSilentRenewError(() => setToken(null));
          setManager(um);
          const path = window.location.pathname;
          if (path === '/auth/silent') {
            await um.signinSilentCallback();
            return;
          }
          if (path !== '/auth/callback' && !getToken()) {
            // A reload lost the in-memory token: ask the provider again without a prompt.
            const user = await um.signinSilent().catch(() => null);
            if (user) setToken(user.access_token);
          }
        }
      } catch (e) {
        if (!cancelled) setProblem(e instanceof Error ? e.message : String(e));
      } finally {
        if (!cancelled) setReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const signInAs = useCallback(async (email: string) => {
    setToken(await demoSignIn(email), { persistForDevelopment: true });
  }, []);

  const signInWithProvider = useCallback(
    async (returnTo = '/') => {
      if (!manager) throw new Error('Single sign-on is not configured');
      await manager.signinRedirect({ state: returnTo });
    },
    [manager],
  );

  const completeProviderSignIn = useCallback(async () => {
    if (!manager) throw new Error('Single sign-on is not configured');
    const user = await manager.signinRedirectCallback();
    setToken(user.access_token);
    return typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
  }, [manager]);

  const signOut = useCallback(async () => {
    setToken(null);
    // Signed in at the provider (not as a demo person): end that session too.
    const user = manager ? await manager.getUser() : null;
    if (manager && user) {
      await manager.removeUser();
      await manager.signoutRedirect({ id_token_hint: user.id_token }).catch(() => undefined);
    }
  }, [manager]);

  const value = useMemo<Auth>(
    () => ({ ready, config, token, problem, signInAs, signInWithProvider, completeProviderSignIn, signOut }),
    [ready, config, token, problem, signInAs, signInWithProvider, completeProviderSignIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
