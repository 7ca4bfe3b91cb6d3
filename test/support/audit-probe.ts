import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TestApp } from './test-app';

export interface AuditRow {
  outcome: string;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  entity_type: string;
  entity_id: string | null;
  detail: Record<string, unknown> | null;
}

export interface ProbedResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
  requestId: string;
}

/**
 * Calls the API with a request id of its own (and optionally a client address, through the loopback proxy the app
 * trusts), so the audit entries the call left can be read back by that id.
 */
export async function probe(
  t: TestApp,
  call: { method?: 'GET' | 'POST'; path?: string; query?: string; variables?: Record<string, unknown>; token?: string | null; authorization?: string; address?: string },
): Promise<ProbedResponse> {
  const requestId = `probe-${randomUUID()}`;
  const server = t.app.getHttpServer();
  const path = call.path ?? '/graphql';
  const req = call.method === 'GET' ? request(server).get(path) : request(server).post(path).set('content-type', 'application/json');
  req.set('x-request-id', requestId);
  if (call.address) req.set('x-forwarded-for', call.address);
  const authorization = call.authorization ?? (call.token ? `Bearer ${call.token}` : undefined);
  if (authorization) req.set('authorization', authorization);
  const res = call.query !== undefined ? await req.send({ query: call.query, variables: call.variables ?? {} }) : await req;
  return { status: res.status, body: res.body, requestId };
}

/** The audit entries a request left, oldest first. */
export function entriesOf(t: TestApp, requestId: string): Promise<AuditRow[]> {
  return t.dataSource.query(
    `SELECT outcome, action, actor_kind, actor_id, entity_type, entity_id, detail FROM audit_entry WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );
}
