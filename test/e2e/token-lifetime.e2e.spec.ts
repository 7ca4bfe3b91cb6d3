import jwt from 'jsonwebtoken';
import { signDevelopmentToken } from '@app/auth';
import { loadConfig } from '@app/shared';
import { makeEmployee } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** HS256 tokens must carry `exp` and live at most TOKEN_MAX_LIFETIME_SECONDS (here 1 h). */
describe('token lifetime', () => {
  let t: TestApp;
  let secret: string;
  const nowSec = () => Math.floor(Date.now() / 1000);
  const code = async (token: string) => (await t.gql('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestApp({ TOKEN_MAX_LIFETIME_SECONDS: '3600' });
    secret = t.config.jwtSecret as string;
  });
  afterAll(() => t.close());

  it('refuses a validly signed token without exp', async () => {
    const e = await makeEmployee(t.dataSource);
    expect(await code(jwt.sign({ sub: e.subject }, secret, { algorithm: 'HS256' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token issued for longer than the maximum, counted from iat or, without iat, from now', async () => {
    const e = await makeEmployee(t.dataSource);
    expect(await code(jwt.sign({ sub: e.subject }, secret, { algorithm: 'HS256', expiresIn: 3601 }))).toBe('UNAUTHENTICATED');
    expect(await code(jwt.sign({ sub: e.subject, exp: nowSec() + 7200 }, secret, { algorithm: 'HS256', noTimestamp: true }))).toBe('UNAUTHENTICATED');
    // Issued two hours ago for three hours: its lifetime (3 h) is over the maximum even though 1 h is left.
    expect(await code(jwt.sign({ sub: e.subject, iat: nowSec() - 7200, exp: nowSec() + 3600 }, secret, { algorithm: 'HS256' }))).toBe('UNAUTHENTICATED');
  });

  it('accepts a token within the maximum, with or without iat', async () => {
    const e = await makeEmployee(t.dataSource);
    const me = (token: string) => t.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
    expect((await me(jwt.sign({ sub: e.subject }, secret, { algorithm: 'HS256', expiresIn: 3600 }))).data.me.id).toBe(e.id);
    expect((await me(jwt.sign({ sub: e.subject, exp: nowSec() + 600 }, secret, { algorithm: 'HS256', noTimestamp: true }))).data.me.id).toBe(e.id);
  });

  it('development tokens (npm run token, the demo) never outlive the configured maximum', async () => {
    const e = await makeEmployee(t.dataSource);
    const token = signDevelopmentToken(t.config, e.subject);
    const { exp, iat } = jwt.decode(token) as { exp: number; iat: number };
    expect(exp - iat).toBe(3600);
    expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data.me.id).toBe(e.id);
    const byDefault = jwt.decode(signDevelopmentToken(loadConfig({}), e.subject)) as { exp: number; iat: number };
    expect(byDefault.exp - byDefault.iat).toBe(12 * 3600);
  });
});
