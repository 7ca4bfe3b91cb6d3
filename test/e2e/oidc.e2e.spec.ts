import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { makeEmployee } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('OIDC issuer tokens (RS256 verified against the issuer JWKS)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' };
  let server: Server;
  let issuer: string;
  let t: TestApp;

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({ OIDC_ISSUER: issuer, OIDC_JWKS_URI: `${issuer}/jwks`, OIDC_AUDIENCE: 'skillpath' });
  });
  afterAll(async () => {
    await t.close();
    server.close();
  });

  const sign = (sub: string, opts: jwt.SignOptions = {}) => jwt.sign({ sub }, privateKey, { algorithm: 'RS256', keyid: 'k1', issuer, audience: 'skillpath', expiresIn: '5m', ...opts });

  it('maps a valid token subject to the employee', async () => {
    const e = await makeEmployee(t.dataSource);
    const res = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, sign(e.subject));
    expect(res.data.me.id).toBe(e.id);
  });

  it('rejects a wrong audience, an expired token, and an unknown subject alike', async () => {
    const e = await makeEmployee(t.dataSource);
    for (const token of [sign(e.subject, { audience: 'other' }), sign(e.subject, { expiresIn: -10 }), sign('nobody|123')]) {
      expect((await t.gql('{ me { id } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token without exp, and one that lives longer than TOKEN_MAX_LIFETIME_SECONDS (24 h)', async () => {
    const e = await makeEmployee(t.dataSource);
    const noExp = jwt.sign({ sub: e.subject }, privateKey, { algorithm: 'RS256', keyid: 'k1', issuer, audience: 'skillpath' });
    for (const token of [noExp, sign(e.subject, { expiresIn: 86400 + 60 })]) {
      expect((await t.gql('{ me { id } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await t.gql<{ me: { id: string } }>('{ me { id } }', {}, sign(e.subject, { expiresIn: 86400 }))).data.me.id).toBe(e.id);
  });

  it('terminated employees cannot sign in', async () => {
    const e = await makeEmployee(t.dataSource, { status: 'TERMINATED' });
    expect((await t.gql('{ me { id } }', {}, sign(e.subject))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
