import { countStatements } from '../support/statement-count';
import { makeEmployee } from '../support/factories';
import { signDevelopmentToken } from '@app/auth';
import { startTestApp, TestApp } from '../support/test-app';

const UPDATE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { __typename } }`;
const AUDIT = `{ auditLog(first: 1) { id } }`;

describe('remembered sign-ins (IDENTITY_CACHE_SECONDS)', () => {
  let t: TestApp;
  let hr: string;
  beforeAll(async () => {
    t = await startTestApp({ IDENTITY_CACHE_SECONDS: '1' });
    hr = t.token((await makeEmployee(t.dataSource, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
  });
  afterAll(() => t.close());

  const me = (token: string) => t.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
  const code = async (query: string, token: string) => (await t.gql(query, {}, token)).errors?.[0]?.extensions?.code ?? 'OK';

  it('looks a token up once, then serves its requests without the identity query', async () => {
    const e = await makeEmployee(t.dataSource);
    const token = t.token(e.subject);
    const first = await countStatements(t.dataSource, () => me(token));
    const second = await countStatements(t.dataSource, () => me(token));
    expect(second).toBe(first - 1);
    expect((await me(token)).data.me.id).toBe(e.id);
  });

  it('a termination by HR shuts the token out on the very next request', async () => {
    const e = await makeEmployee(t.dataSource);
    const token = t.token(e.subject);
    expect((await me(token)).data.me.id).toBe(e.id);
    expect((await t.gql(UPDATE, { input: { id: e.id, status: 'TERMINATED' } }, hr)).data).toEqual({ updateEmployee: { __typename: 'Employee' } });
    expect(await code('{ me { id } }', token)).toBe('UNAUTHENTICATED');
  });

  it('roles granted or taken by HR apply on the very next request', async () => {
    const e = await makeEmployee(t.dataSource);
    const token = t.token(e.subject);
    expect(await code(AUDIT, token)).toBe('FORBIDDEN');
    await t.gql(UPDATE, { input: { id: e.id, roles: ['HR_ADMIN', 'EMPLOYEE'] } }, hr);
    expect(await code(AUDIT, token)).toBe('OK');
    await t.gql(UPDATE, { input: { id: e.id, roles: ['EMPLOYEE'] } }, hr);
    expect(await code(AUDIT, token)).toBe('FORBIDDEN');
  });

  it('a change made elsewhere (another instance, SQL) applies within the configured seconds', async () => {
    const e = await makeEmployee(t.dataSource);
    const token = t.token(e.subject);
    expect((await me(token)).data.me.id).toBe(e.id);
    await t.dataSource.query(`UPDATE employee SET status = 'TERMINATED' WHERE id = $1`, [e.id]);
    expect((await me(token)).data.me.id).toBe(e.id); // still remembered
    await new Promise((r) => setTimeout(r, 1100));
    expect(await code('{ me { id } }', token)).toBe('UNAUTHENTICATED');
  });

  it('a token that failed is not remembered: once its employee exists it signs in', async () => {
    const subject = `test|later-${Date.now()}`;
    const token = t.token(subject);
    expect(await code('{ me { id } }', token)).toBe('UNAUTHENTICATED');
    const [row] = await t.dataSource.query(
      `INSERT INTO employee (first_name, last_name, email, auth_subject, roles, status, version) VALUES ('Late', 'Comer', $1, $2, '{EMPLOYEE}', 'ACTIVE', 1) RETURNING id`,
      [`${subject.replace(/\W/g, '')}@example.test`, subject],
    );
    expect((await me(token)).data.me.id).toBe(row.id);
  });

  it('a token is never remembered past its own expiry', async () => {
    const long = await startTestApp({ IDENTITY_CACHE_SECONDS: '300' });
    try {
      const e = await makeEmployee(long.dataSource);
      const token = signDevelopmentToken(long.config, e.subject, '2s');
      expect((await long.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data.me.id).toBe(e.id);
      await new Promise((r) => setTimeout(r, 2100));
      expect((await long.gql('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await long.close();
    }
  });

  it('0 turns remembering off: every request looks its token up', async () => {
    const off = await startTestApp({ IDENTITY_CACHE_SECONDS: '0' });
    try {
      const e = await makeEmployee(off.dataSource);
      const token = off.token(e.subject);
      const first = await countStatements(off.dataSource, () => off.gql('{ me { id } }', {}, token));
      expect(await countStatements(off.dataSource, () => off.gql('{ me { id } }', {}, token))).toBe(first);
    } finally {
      await off.close();
    }
  });
});
