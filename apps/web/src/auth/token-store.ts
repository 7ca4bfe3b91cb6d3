/**
 * The bearer token, kept in memory. A development sign-in also keeps it in sessionStorage (this tab
 * only) so a reload stays signed in; an OIDC token never leaves memory (a reload renews silently).
 */
type Listener = (token: string | null) => void;

const DEV_KEY = 'skillpath.devToken';
let current: string | null = null;
const listeners = new Set<Listener>();

export function getToken(): string | null {
  return current;
}

export function setToken(token: string | null, options: { persistForDevelopment?: boolean } = {}): void {
  current = token;
  if (options.persistForDevelopment && token) sessionStorage.setItem(DEV_KEY, token);
  if (!token) sessionStorage.removeItem(DEV_KEY);
  listeners.forEach((l) => l(token));
}

export function storedDevelopmentToken(): string | null {
  return sessionStorage.getItem(DEV_KEY);
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
