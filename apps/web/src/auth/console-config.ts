export interface ConsoleConfig {
  devSignIn: boolean;
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

export interface DemoPerson { email: string; name: string; jobRole: string; department: string; roles: string[]; highlight: string | null }

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  if (!res.ok) throw new Error(`The server answered ${res.status} for ${url}`);
  return (await res.json()) as T;
}

/** What the server says about signing in (public, before anyone is signed in). */
export const loadConsoleConfig = () => getJson<ConsoleConfig>('/console/config');

/** Development only: the demo people one may sign in as. */
export const loadDemoPeople = () => getJson<DemoPerson[]>('/console/dev/people');

/** Development only: a token for a demo person. */
export async function demoSignIn(email: string): Promise<string> {
  const { token } = await getJson<{ token: string }>('/console/dev/sign-in', { method: 'POST', body: JSON.stringify({ email }) });
  return token;
}
