import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, MadeEmployee, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { makeReportingCertification } from '../support/reporting-fixtures';
import { recordAttempt } from '../support/certification-factories';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const PROGRESS = `query($id: ID!) { programProgress(id: $id) { goals { goal { withinDays } target actual met sampleSize passRateBasis } } }`;

describe('program charters: the pass-rate goal uses recorded exam attempts where there are any', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-09-01T12:00:00Z'));
  let t: TestApp;
  let hr: string;
  let lineManager: MadeEmployee;
  let cohort: MadeEmployee[];

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    hr = t.token((await makeEmployee(t.dataSource, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
    lineManager = await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'] });
    const otherManager = await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'] });
    cohort = [];
    for (const managerId of [lineManager.id, lineManager.id, otherManager.id, otherManager.id]) cohort.push(await makeEmployee(t.dataSource, { managerId }));
  });
  afterAll(() => t.close());

  async function program(certificationId: string): Promise<string> {
    const input = {
      name: uniqueName('Program'), certificationId, startsOn: '2030-04-01', employeeIds: cohort.map((e) => e.id),
      goals: [{ kind: 'PASS_RATE', targetPercent: 60, withinDays: 90 }, { kind: 'PASS_RATE', targetPercent: 60 }],
    };
    const res = await t.gql<Any>(CREATE, { input }, hr);
    expect(res.errors).toBeUndefined();
    return res.data.createProgram.id;
  }
  const progress = async (id: string, token = hr) => (await t.gql<Any>(PROGRESS, { id }, token)).data.programProgress.goals;

  it('passed / attempts from the start, within the window when set; a manager counts their line only', async () => {
    const cert = await makeReportingCertification(t.dataSource);
    const [alice, bob, carol, dan] = cohort;
    const sittings: Array<[MadeEmployee, string, boolean]> = [
      [alice, '2030-03-20', false], // before the start: not counted
      [alice, '2030-04-10', false], [alice, '2030-05-10', true], [bob, '2030-04-15', false], [carol, '2030-05-01', true],
      [dan, '2030-08-01', true], // after the 90-day window
    ];
    for (const [e, attemptedOn, passed] of sittings) expect((await recordAttempt(t, hr, { employeeId: e.id, certificationId: cert, attemptedOn, passed })).errors).toBeUndefined();
    const id = await program(cert);
    const [windowed, open] = await progress(id);
    expect(windowed).toMatchObject({ goal: { withinDays: 90 }, target: 60, actual: 50, sampleSize: 4, met: false, passRateBasis: 'EXAM_ATTEMPTS' });
    expect(open).toMatchObject({ goal: { withinDays: null }, actual: 60, sampleSize: 5, met: true, passRateBasis: 'EXAM_ATTEMPTS' });
    const [line] = await progress(id, t.token(lineManager.subject));
    expect(line.sampleSize).toBe(3);
    expect(line.actual).toBeCloseTo(100 / 3, 9);
  });

  it('without recorded attempts it keeps the documented fallback (achieved / engaged) and says so', async () => {
    const cert = await makeReportingCertification(t.dataSource);
    const [alice, bob] = cohort;
    await t.dataSource.query(`INSERT INTO certification_record (employee_id, certification_id, earned_on) VALUES ($1, $2, '2030-04-20')`, [alice.id, cert]);
    const [template] = await t.dataSource.query(`INSERT INTO playbook_template (name) VALUES ($1) RETURNING id`, [uniqueName('Playbook')]);
    await t.dataSource.query(
      `INSERT INTO playbook_run (template_id, employee_id, manager_id, started_by_id, training_name, training_date, certification_id) VALUES ($1, $2, $3, $3, 'Prep', '2030-04-05', $4)`,
      [template.id, bob.id, lineManager.id, cert],
    );
    const [windowed, open] = await progress(await program(cert));
    expect(windowed).toMatchObject({ actual: 50, sampleSize: 2, passRateBasis: 'ENGAGEMENT' });
    expect(open).toMatchObject({ actual: 50, sampleSize: 2, passRateBasis: 'ENGAGEMENT' });
  });
});
