import { getToken } from '../auth/token-store';

/** POSTs a text body (a CSV file) with the bearer token; answers the JSON body, or throws the API's sentence. */
export async function postText<T>(url: string, body: string, contentType = 'text/csv'): Promise<T> {
  const token = getToken();
  const headers: Record<string, string> = { 'content-type': contentType };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body });
  const json = (await res.json().catch(() => null)) as (T & { message?: string | string[] }) | null;
  if (!res.ok || !json) {
    const message = Array.isArray(json?.message) ? json.message.join(' ') : json?.message;
    throw new Error(message ?? `The server answered ${res.status}.`);
  }
  return json;
}
