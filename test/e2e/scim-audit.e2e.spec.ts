import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { entraUserOf, SCIM_ENTERPRISE, SCIM_GROUP, SCIM_PATCH_OP, scimClient, scimConnector } from '../support/scim-client';

interface Entry {
  action: string;
  actorKind: string;
  actorId: string | null;
  actorSubject: string | null;
  entityType: string;
  entityId: string;
  outcome: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Every SCIM write is in the audit log with the connector as the actor, and HR reads it through auditLog. */
describe('SCIM writes in the audit log', () => {
  let t: TestApp;
  let hr: string;
  let connector: { id: string; token: string };
  let tag: string;

  type Client = ReturnType<typeof scimClient>;
  const send = (...args: Parameters<Client['send']>) => scimClient(t, connector.token).send(...args);
  const scim = (...args: Parameters<Client['scim']>) => scimClient(t, connector.token).scim(...args);
  const entraUser = (local: string, extra: Record<string, unknown> = {}) => entraUserOf(tag)(local, extra);

  async function auditLog(entityId: string, token = hr): Promise<Entry[]> {
    const res = await t.gql<{ auditLog: Entry[] }>(
      `query($id: String) { auditLog(entityId: $id, actorKind: CONNECTOR) { action actorKind actorId actorSubject entityType entityId outcome before after } }`,
      { id: entityId },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.auditLog;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
    connector = await scimConnector(t, hr);
    tag = uniqueName('a').replace(/\s+/g, '').toLowerCase();
  });
  afterAll(() => t.close());

  it('a SCIM PATCH of a user gives an entry with the connector as actor and the user before and after', async () => {
    const id = JSON.parse((await send('post', '/Users', entraUser('pat'))).text).id;
    const res = await send('patch', `/Users/${id}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'Replace', path: 'title', value: 'Staff Engineer' }, { op: 'Replace', path: 'active', value: 'False' }] });
    expect(res.status).toBe(200);
    const [{ name }] = await t.dataSource.query(`SELECT name FROM connector WHERE id = $1`, [connector.id]);
    const [latest] = await auditLog(id);
    expect(latest).toMatchObject({
      action: 'scimPatchUser',
      actorKind: 'CONNECTOR',
      actorId: connector.id,
      actorSubject: name,
      entityType: 'Employee',
      entityId: id,
      outcome: 'OK',
      before: { id, title: 'Engineer', active: true, userName: `pat.${tag}@example.test` },
      after: { id, title: 'Staff Engineer', active: false },
    });
    expect(latest.after).not.toHaveProperty('meta');
  });

  it('records every kind of SCIM write: users created, replaced, patched, deactivated; groups created, patched, replaced, deleted', async () => {
    const user = entraUser('all');
    const id = JSON.parse((await send('post', '/Users', user)).text).id;
    expect((await send('put', `/Users/${id}`, { ...user, title: 'Lead' })).status).toBe(200);
    expect((await send('patch', `/Users/${id}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'add', path: 'displayName', value: 'All' }] })).status).toBe(200);
    expect((await scim('delete', `/Users/${id}`)).status).toBe(204);
    expect((await auditLog(id)).map((e) => e.action)).toEqual(['scimDeactivateUser', 'scimPatchUser', 'scimReplaceUser', 'scimCreateUser']);

    // A DELETEd user is no longer one of this client's users: the group gets a live one.
    const member = JSON.parse((await send('post', '/Users', entraUser('member'))).text).id;
    const group = JSON.parse((await send('post', '/Groups', { schemas: [SCIM_GROUP], displayName: `Audited ${tag}` })).text).id;
    expect((await send('patch', `/Groups/${group}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'Add', path: 'members', value: [{ value: member }] }] })).status).toBe(200);
    expect((await send('put', `/Groups/${group}`, { displayName: `Audited ${tag} 2`, members: [] })).status).toBe(200);
    expect((await scim('delete', `/Groups/${group}`)).status).toBe(204);
    const entries = await auditLog(group);
    expect(entries.map((e) => e.action)).toEqual(['scimDeleteGroup', 'scimReplaceGroup', 'scimPatchGroup', 'scimCreateGroup']);
    const patched = entries.find((e) => e.action === 'scimPatchGroup')!;
    expect(patched).toMatchObject({ entityType: 'Department', actorKind: 'CONNECTOR', before: { displayName: `Audited ${tag}`, members: [] }, after: { members: [{ value: member }] } });
    expect(entries.find((e) => e.action === 'scimReplaceGroup')).toMatchObject({ before: { displayName: `Audited ${tag}` }, after: { displayName: `Audited ${tag} 2`, members: [] } });
  });

  it('a refused SCIM write leaves no change entry (it rolls back with the write), and is audited as the connector\'s refusal with its code', async () => {
    const id = JSON.parse((await send('post', '/Users', entraUser('ref'))).text).id;
    const res = await send('patch', `/Users/${id}`, { schemas: [SCIM_PATCH_OP], Operations: [{ op: 'replace', path: `${SCIM_ENTERPRISE}:manager`, value: '00000000-0000-4000-8000-000000000000' }] });
    expect(res.status).toBe(400);
    expect((await auditLog(id)).map((e) => e.action)).toEqual(['scimCreateUser']);
    const refusals = await t.dataSource.query(`SELECT actor_kind, actor_id, action, outcome, detail FROM audit_entry WHERE entity_type = 'Operation' AND entity_id = $1`, [`PATCH /scim/v2/Users/${id}`]);
    expect(refusals).toEqual([
      { actor_kind: 'CONNECTOR', actor_id: connector.id, action: 'call', outcome: 'REFUSED', detail: expect.objectContaining({ code: 'UNKNOWN_MANAGER', reason: 'invalidValue' }) },
    ]);
  });
});
