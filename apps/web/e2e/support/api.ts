import type { APIRequestContext } from '@playwright/test';

/** Test set-up through the API itself, as a demo person (development sign-in token). */
export async function tokenFor(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/console/dev/sign-in', { data: { email } });
  if (!res.ok()) throw new Error(`sign-in as ${email}: ${res.status()}`);
  return ((await res.json()) as { token: string }).token;
}

export async function gql<T = Record<string, unknown>>(request: APIRequestContext, email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables }, headers: { authorization: `Bearer ${await tokenFor(request, email)}` } });
  const body = (await res.json()) as { data: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

export const day = (offset = 0) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

export const demoEmail = (key: string) => `${key}@demo.skillpath.dev`;
