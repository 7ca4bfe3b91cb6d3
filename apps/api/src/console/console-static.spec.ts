import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { mountConsole } from './console-static';

describe('serving the console at /', () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  const app = express();
  expect(mountConsole(app, dir)).toBe(true);
  app.use((_req, res) => res.status(418).send('api'));

  it('answers any client route a browser opens with the app, never cached', async () => {
    for (const path of ['/', '/team', '/team/123', '/certifications/records/abc', '/snapshots-of-mine']) {
      const res = await request(app).get(path).set('accept', 'text/html').expect(200);
      expect(res.text).toContain('<title>console</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year and 404s a missing one', async () => {
    const res = await request(app).get('/assets/index-abc.js').expect(200);
    expect(res.headers['cache-control']).toContain('max-age=31536000');
    await request(app).get('/assets/missing.js').expect(404);
  });

  it('leaves the API paths, non-GET requests and non-browser requests to the API', async () => {
    for (const path of ['/graphql', '/health', '/metrics', '/scim/v2/Users', '/calendar/x.ics', '/reports/kpis.csv', '/snapshots/1.html', '/incentives/payroll.csv', '/connectors/1/csv', '/ide/react.js', '/console/config']) {
      await request(app).get(path).set('accept', 'text/html').expect(418);
    }
    await request(app).post('/team').set('accept', 'text/html').expect(418);
    await request(app).get('/team').set('accept', 'application/json').expect(418);
  });

  it('mounts nothing when the console is not built', () => {
    expect(mountConsole(express(), join(dir, 'nowhere'))).toBe(false);
  });
});
