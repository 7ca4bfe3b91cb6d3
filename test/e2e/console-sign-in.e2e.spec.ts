import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars!!', CONNECTOR_SECRET_KEY: 'ab'.repeat(32) } as const;
const ELI = 'eli.turner@demo.skillpath.dev';

describe('console sign-in endpoints', () => {
  describe('development with the demo enabled', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ DEMO_SEED: 'true', OIDC_ISSUER: 'https://id.example.com', OIDC_JWKS_URI: 'https://id.example.com/jwks', OIDC_CLIENT_ID: 'skillpath-console' });
    });
    afterAll(() => t.close());

    it('tells the console how to sign in: the demo page and the identity provider', async () => {
      const res = await request(t.app.getHttpServer()).get('/console/config').expect(200);
      expect(res.body).toEqual({ devSignIn: true, oidc: { issuer: 'https://id.example.com', clientId: 'skillpath-console', scope: 'openid profile email' } });
    });

    it('lists the demo people, the three demo users first', async () => {
      const res = await request(t.app.getHttpServer()).get('/console/dev/people').expect(200);
      expect(res.body.slice(0, 3).map((p: { highlight: string }) => p.highlight)).toEqual(['HR admin', 'Manager', 'Employee']);
      expect(res.body.length).toBeGreaterThan(50);
    });

    it('mints a token for a demo person that signs in as them', async () => {
      const res = await request(t.app.getHttpServer()).post('/console/dev/sign-in').send({ email: ELI.toUpperCase() }).expect(200);
      const payload = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString());
      expect(payload.sub).toBe(`demo|${ELI}`);
    });

    it('refuses anyone who is not a demo person, naming the field', async () => {
      for (const email of ['someone@example.com', 'nobody@demo.skillpath.dev', 42]) {
        const res = await request(t.app.getHttpServer()).post('/console/dev/sign-in').send({ email }).expect(400);
        expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      }
    });
  });

  describe.each([
    ['production', PRODUCTION],
    ['development with the demo off', { DEMO_SEED: 'false' }],
  ])('%s', (_name, overrides) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(overrides);
    });
    afterAll(() => t.close());

    it('offers no demo sign-in: the page says so and both endpoints are 404', async () => {
      const server = t.app.getHttpServer();
      expect((await request(server).get('/console/config').expect(200)).body).toEqual({ devSignIn: false, oidc: null });
      await request(server).get('/console/dev/people').expect(404);
      const res = await request(server).post('/console/dev/sign-in').send({ email: ELI }).expect(404);
      expect(res.body.token).toBeUndefined();
    });
  });
});
