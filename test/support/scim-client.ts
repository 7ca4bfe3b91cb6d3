import request from 'supertest';
import { uniqueName } from './factories';
import { TestApp } from './test-app';

export const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const SCIM_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const SCIM_PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A SCIM connector made by HR through GraphQL, and its bearer token. */
export async function scimConnector(t: TestApp, hr: string, settings?: Record<string, unknown>): Promise<{ id: string; token: string }> {
  const created = await t.gql<{ createConnector: { id: string } }>(
    `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ... on Connector { id } } }`,
    { input: { kind: 'SCIM', name: uniqueName('scim'), ...(settings ? { settings } : {}) } },
    hr,
  );
  expect(created.errors).toBeUndefined();
  const issued = await t.gql<{ issueConnectorPushToken: { token: string } }>(
    `mutation($id: ID!) { issueConnectorPushToken(id: $id) { token } }`,
    { id: created.data.createConnector.id },
    hr,
  );
  expect(issued.errors).toBeUndefined();
  return { id: created.data.createConnector.id, token: issued.data.issueConnectorPushToken.token };
}

/** Requests to /scim/v2 as a SCIM client holding `token` (null: no Authorization header). */
export function scimClient(t: TestApp, token: string | null) {
  const scim = (method: Method, path: string, bearer: string | null = token) => {
    const req = request(t.app.getHttpServer())[method](`/scim/v2${path}`);
    if (bearer) req.set('authorization', `Bearer ${bearer}`);
    return req;
  };
  const send = (method: 'post' | 'put' | 'patch', path: string, body: unknown, bearer: string | null = token) =>
    scim(method, path, bearer).set('content-type', 'application/scim+json').send(JSON.stringify(body));
  /** The JSON body of a SCIM response (served as application/scim+json, which supertest does not parse). */
  const json = async (res: request.Test | Promise<request.Response>) => JSON.parse((await res).text);
  return { scim, send, json };
}

/** An Entra ID shaped user (userPrincipalName as userName, work email, enterprise extension), unique per `tag`. */
export function entraUserOf(tag: string) {
  return (local: string, extra: Record<string, unknown> = {}) => ({
    schemas: [SCIM_USER, SCIM_ENTERPRISE],
    externalId: `ext-${local}-${tag}`,
    userName: `${local}.${tag}@example.test`,
    active: true,
    displayName: `${local} Tester`,
    name: { givenName: local, familyName: 'Tester' },
    emails: [{ primary: true, type: 'work', value: `${local}.${tag}@example.test` }],
    title: 'Engineer',
    [SCIM_ENTERPRISE]: { employeeNumber: `N-${local}-${tag}`, department: `Dept ${tag}` },
    ...extra,
  });
}

/** The employee row with its department name. */
export async function employeeRow(t: TestApp, id: string): Promise<Record<string, unknown>> {
  return (await t.dataSource.query(`SELECT e.*, d.name AS department FROM employee e LEFT JOIN department d ON d.id = e.department_id WHERE e.id = $1`, [id]))[0];
}
