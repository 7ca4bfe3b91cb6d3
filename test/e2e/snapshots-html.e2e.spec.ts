import request from 'supertest';
import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, makeOrg } from '../support/factories';
import { assignOn, makeSnapshotPath } from '../support/snapshot-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const OBSERVE = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { ... on PathObservation { id counted } } }`;
const SNAPSHOT = `query($id: ID!) { fromToSnapshot(employeeId: $id) { sections { currentLevel handledDifferently { activity } observedAhead { activity } } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('printable snapshot page GET /snapshots/:employeeId.html', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

  const page = (employeeId: string, subject?: string) => {
    const req = request(t.app.getHttpServer()).get(`/snapshots/${employeeId}.html`);
    return subject ? req.set('authorization', `Bearer ${t.token(subject)}`) : req;
  };

  it('renders one printable page with every value escaped and unsafe links not linked', async () => {
    const ds = t.dataSource;
    const e = await makeEmployee(ds, { managerId: org.manager.id, firstName: '<script>alert("x")</script>', lastName: "O'Hara & Co" });
    const p = await makeSnapshotPath(ds);
    await ds.query(`UPDATE path_behaviour SET activity = '<img src=x onerror=alert(1)>', expected_output = '"quoted" & <b>bold</b>' WHERE id = $1`, [p.behaviourIds.BASELINE[0]]);
    await ds.query(`UPDATE learning_resource SET title = '<i>Intro</i>', url = 'javascript:alert(1)' WHERE id = $1`, [p.startHereIds.BASELINE]);
    await assignOn(ds, e.id, p.pathId, { currentLevel: 'BASELINE', targetLevel: 'ADVANCED' });

    const res = await page(e.id, e.subject);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const html = res.text;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('@page');
    expect(html).toContain('@media print');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Hara &amp; Co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('&lt;i&gt;Intro&lt;/i&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(p.pathName);
    expect(html).toContain('PROFICIENT activity 1');
    expect(html).toContain('2026-09-10');
  });

  it('is served to the employee, their managers up the line and HR; others get 404, no token 401', async () => {
    const p = await makeSnapshotPath(t.dataSource);
    await assignOn(t.dataSource, org.alice.id, p.pathId, { currentLevel: 'BASELINE' });
    for (const who of [org.alice, org.manager, org.director, org.hr]) {
      const res = await page(org.alice.id, who.subject);
      expect(res.status).toBe(200);
      expect(res.text).toContain(p.pathName);
    }
    for (const who of [org.bob, org.otherManager]) {
      const res = await page(org.alice.id, who.subject);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'Employee not found' });
    }
    // A malformed id is a bad input (as in GraphQL), not a missing person.
    expect((await page('nope', org.hr.subject)).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'employeeId' });
    expect((await page(org.alice.id)).status).toBe(401);
  });

  it('lists an observed behaviour of a level not yet reached as already observed, not as still to handle differently', async () => {
    const e = await makeEmployee(t.dataSource, { managerId: org.manager.id });
    const p = await makeSnapshotPath(t.dataSource);
    await assignOn(t.dataSource, e.id, p.pathId, { currentLevel: 'BASELINE', targetLevel: 'ADVANCED' });
    const observed = await t.gql<Any>(OBSERVE, { input: { employeeId: e.id, behaviourId: p.behaviourIds.PROFICIENT[0], observedOn: '2026-03-10', note: 'Did it on the Acme call' } }, t.token(org.manager.subject));
    expect(observed.data.recordObservation.counted).toBe(true);

    const snap = await t.gql<Any>(SNAPSHOT, { id: e.id }, t.token(e.subject));
    const [section] = snap.data.fromToSnapshot.sections;
    expect(section.currentLevel).toBe('BASELINE');
    expect(section.observedAhead).toEqual([{ activity: 'PROFICIENT activity 1' }]);
    expect(section.handledDifferently.map((b: Any) => b.activity)).toEqual(['PROFICIENT activity 2', 'ADVANCED activity 1', 'ADVANCED activity 2']);

    const html = (await page(e.id, e.subject)).text;
    const differently = html.slice(html.indexOf('handled differently</h3>'), html.indexOf('</div>', html.indexOf('handled differently</h3>')));
    expect(differently).toContain('PROFICIENT activity 2');
    expect(differently).not.toContain('PROFICIENT activity 1');
    const today = html.slice(html.indexOf('<h3>Today'), html.indexOf('handled differently</h3>'));
    expect(today).toContain('Already observed on the way');
    expect(today).toContain('PROFICIENT activity 1');
  });
});
