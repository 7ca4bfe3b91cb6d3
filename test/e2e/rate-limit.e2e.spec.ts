import request from 'supertest';
import jwt from 'jsonwebtoken';
import { makeEmployee } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** The rate limit counts people (the verified employee), and everything unverified per client address. */
describe('rate limit counts people, not header spellings', () => {
  const LIMIT = 4;
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterEach(() => t.close());

  const call = (authorization?: string) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (authorization !== undefined) req.set('authorization', authorization);
    return req.send({ query: '{ me { id } }' }).then((res) => res.status);
  };

  it('one token spelled four ways is one allowance', async () => {
    const e = await makeEmployee(t.dataSource);
    const token = t.token(e.subject);
    const spellings = [`Bearer ${token}`, `bearer ${token}`, `Bearer  ${token}`, `Bearer\t${token}`];
    for (const spelling of spellings) expect(await call(spelling)).toBe(200);
    for (const spelling of spellings) expect(await call(spelling)).toBe(429);
  });

  it("a person's second token shares the first one's allowance; another person has their own", async () => {
    const e = await makeEmployee(t.dataSource);
    const other = await makeEmployee(t.dataSource);
    const secret = t.config.jwtSecret as string;
    const tokens = Array.from({ length: LIMIT + 1 }, (_, i) => jwt.sign({ sub: e.subject, jti: `t${i}` }, secret, { algorithm: 'HS256', expiresIn: 600 }));
    for (const token of tokens.slice(0, LIMIT)) expect(await call(`Bearer ${token}`)).toBe(200);
    expect(await call(`Bearer ${tokens[LIMIT]}`)).toBe(429);
    expect(await call(`Bearer ${t.token(other.subject)}`)).toBe(200);
  });

  it('junk, expired and anonymous requests from one address share one allowance, apart from signed-in people', async () => {
    const e = await makeEmployee(t.dataSource);
    const expired = jwt.sign({ sub: e.subject }, t.config.jwtSecret as string, { algorithm: 'HS256', expiresIn: -10 });
    const unverified = ['Bearer junk-1', 'Basic Zm9vOmJhcg==', `Bearer ${expired}`, undefined];
    for (const authorization of unverified) expect(await call(authorization)).toBe(200);
    for (const authorization of ['Bearer junk-2', 'Bearer junk-3', 'whatever', undefined]) expect(await call(authorization)).toBe(429);
    expect(await call(`Bearer ${t.token(e.subject)}`)).toBe(200);
  });
});
