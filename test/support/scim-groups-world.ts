import { makeOrg, uniqueName } from './factories';
import { startTestApp, TestApp } from './test-app';
import { employeeRow, entraUserOf, SCIM_ENTERPRISE, SCIM_GROUP, SCIM_PATCH_OP, scimClient, scimConnector } from './scim-client';

type Client = ReturnType<typeof scimClient>;

/** The app, an HR token and a SCIM connector, with helpers for Group membership tests. */
export class ScimGroupsWorld {
  private n = 0;

  private constructor(
    readonly t: TestApp,
    readonly hr: string,
    readonly token: string,
    readonly tag: string,
  ) {}

  static async start(): Promise<ScimGroupsWorld> {
    const t = await startTestApp();
    const org = await makeOrg(t.dataSource);
    const hr = t.token(org.hr.subject);
    return new ScimGroupsWorld(t, hr, (await scimConnector(t, hr)).token, uniqueName('g').replace(/\s+/g, '').toLowerCase());
  }

  close(): Promise<void> {
    return this.t.close();
  }

  scim = (...args: Parameters<Client['scim']>) => scimClient(this.t, this.token).scim(...args);
  send = (...args: Parameters<Client['send']>) => scimClient(this.t, this.token).send(...args);
  body = async (res: PromiseLike<{ text: string }>) => JSON.parse((await res).text);
  department = async (id: string) => (await employeeRow(this.t, id)).department;

  /** A new user (u1, u2 … of this world) without a department of its own; its SCIM id. */
  user = async (bearer = this.token): Promise<string> => {
    const local = `u${++this.n}`;
    const res = await this.send('post', '/Users', entraUserOf(this.tag)(local, { [SCIM_ENTERPRISE]: { employeeNumber: `N-${local}-${this.tag}` } }), bearer);
    expect(res.status).toBe(201);
    return JSON.parse(res.text).id;
  };

  group = async (members: string[] = [], bearer = this.token): Promise<{ id: string; name: string }> => {
    const name = uniqueName(`Group ${this.tag}`);
    const res = await this.send('post', '/Groups', { schemas: [SCIM_GROUP], displayName: name, members: members.map((value) => ({ value })) }, bearer);
    expect(res.status).toBe(201);
    return { id: JSON.parse(res.text).id, name };
  };

  patch = (id: string, ...Operations: unknown[]) => this.send('patch', `/Groups/${id}`, { schemas: [SCIM_PATCH_OP], Operations });

  memberIds = async (id: string): Promise<string[]> => ((await this.body(this.scim('get', `/Groups/${id}`))).members ?? []).map((m: { value: string }) => m.value).sort();
}
