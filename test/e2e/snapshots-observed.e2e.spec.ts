import request from 'supertest';
import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, makeOrg } from '../support/factories';
import { assignOn, makeSnapshotPath } from '../support/snapshot-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const OBSERVE = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id counted } }`;
const SNAPSHOT = `query($id: ID!) { fromToSnapshot(employeeId: $id) { sections { currentLevel handledDifferently { activity } observedAhead { activity } } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('a behaviour just observed is no longer "handled differently" (snapshot query and printable page)', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

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

    const html = (await request(t.app.getHttpServer()).get(`/snapshots/${e.id}.html`).set('authorization', `Bearer ${t.token(e.subject)}`)).text;
    const differently = html.slice(html.indexOf('handled differently</h3>'), html.indexOf('</div>', html.indexOf('handled differently</h3>')));
    expect(differently).toContain('PROFICIENT activity 2');
    expect(differently).not.toContain('PROFICIENT activity 1');
    const today = html.slice(html.indexOf('<h3>Today'), html.indexOf('handled differently</h3>'));
    expect(today).toContain('Already observed on the way');
    expect(today).toContain('PROFICIENT activity 1');
  });
});
