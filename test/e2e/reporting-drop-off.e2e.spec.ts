import request from 'supertest';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { FixedClock } from '@app/shared';
import { makeEmployee, MadeEmployee, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { parseCsv } from '../support/reporting-kpi-fixtures';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const KPIS = `query($d: KpiDimension!, $dept: ID) { kpis(dimension: $d, departmentId: $dept) { groupId dropOffLevel dropOffCount dropOffStep dropOffStepKind dropOffStepCount } }`;

type Step = { title: string; kind: string; due: string; done?: string };
const SET = (due: string, done?: string): Step => ({ title: 'Set expectations', kind: 'BEFORE', due, done });
const OBSERVE = (due: string, done?: string): Step => ({ title: 'Observe one behaviour', kind: 'AFTER', due, done });
const FEEDBACK = (due: string, done?: string): Step => ({ title: 'Give specific feedback', kind: 'AFTER', due, done });

async function run(ds: DataSource, employee: MadeEmployee, manager: MadeEmployee, steps: Step[], status = 'OPEN'): Promise<void> {
  const [template] = await ds.query(`INSERT INTO playbook_template (name) VALUES ($1) RETURNING id`, [uniqueName('Playbook')]);
  const [r] = await ds.query(
    `INSERT INTO playbook_run (template_id, employee_id, manager_id, started_by_id, training_name, training_date, status) VALUES ($1, $2, $3, $3, 'Training', '2030-02-01', $4) RETURNING id`,
    [template.id, employee.id, manager.id, status],
  );
  for (const [i, s] of steps.entries()) {
    await ds.query(
      `INSERT INTO playbook_run_step (run_id, position, kind, title, due_on, completed_on, completed_at) VALUES ($1, $2, $3, $4, $5, $6::date, $6::date)`,
      [r.id, i + 1, s.kind, s.title, s.due, s.done ?? null],
    );
  }
}

describe('KPI drop-off: the playbook step where runs stall, next to the level', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-03-01T12:00:00Z'));
  let t: TestApp;
  let hrToken: string;
  let departmentId: string;
  let milo: MadeEmployee;
  let olga: MadeEmployee;
  let nora: MadeEmployee;

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    const ds = t.dataSource;
    hrToken = t.token((await makeEmployee(ds, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
    [{ id: departmentId }] = await ds.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Dept')]);
    milo = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    olga = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    nora = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    const person = (manager: MadeEmployee) => makeEmployee(ds, { managerId: manager.id, departmentId });
    // Milo's line: two runs stall at "Observe" (the first overdue undone step), one at "Set expectations".
    await run(ds, await person(milo), milo, [SET('2030-02-01', '2030-01-30'), OBSERVE('2030-02-10'), FEEDBACK('2030-02-20')]);
    await run(ds, await person(milo), milo, [SET('2030-02-01', '2030-02-05'), OBSERVE('2030-02-15'), FEEDBACK('2030-03-20')]);
    await run(ds, await person(milo), milo, [SET('2030-02-01'), OBSERVE('2030-02-10'), FEEDBACK('2030-02-20')]);
    // Not stalled: a completed run with a step left undone, steps done late, a step due today, a step not due yet.
    await run(ds, await person(milo), milo, [SET('2030-02-01'), FEEDBACK('2030-02-02')], 'COMPLETED');
    await run(ds, await person(milo), milo, [SET('2030-02-01', '2030-02-20'), OBSERVE('2030-03-01'), FEEDBACK('2030-04-01')]);
    // Olga's line: one run stalls at "Give specific feedback". Nora's line has no overdue steps.
    await run(ds, await person(olga), olga, [SET('2030-02-01', '2030-02-01'), OBSERVE('2030-02-10', '2030-02-10'), FEEDBACK('2030-02-20')]);
    await run(ds, await person(nora), nora, [SET('2030-04-01')]);
    // A level drop-off next to it: one of Milo's people is assigned and stuck before PROFICIENT.
    const [role] = await ds.query(`INSERT INTO job_role (name) VALUES ($1) RETURNING id`, [uniqueName('Role')]);
    const [path] = await ds.query(`INSERT INTO skill_path (job_role_id, name) VALUES ($1, $2) RETURNING id`, [role.id, uniqueName('Path')]);
    await ds.query(`INSERT INTO path_assignment (employee_id, path_id, current_level, target_level) VALUES ($1, $2, 'BASELINE', 'ADVANCED')`, [(await person(milo)).id, path.id]);
  });
  afterAll(() => t.close());

  it('per group: the step most runs stall at, its kind and count, beside the level; null where nothing is overdue', async () => {
    const res = await t.gql<Any>(KPIS, { d: 'MANAGER', dept: departmentId }, hrToken);
    expect(res.errors).toBeUndefined();
    const byManager = new Map(res.data.kpis.map((k: Any) => [k.groupId, k]));
    expect(byManager.get(milo.id)).toEqual({ groupId: milo.id, dropOffLevel: 'PROFICIENT', dropOffCount: 1, dropOffStep: 'Observe one behaviour', dropOffStepKind: 'AFTER', dropOffStepCount: 2 });
    expect(byManager.get(olga.id)).toMatchObject({ dropOffStep: 'Give specific feedback', dropOffStepKind: 'AFTER', dropOffStepCount: 1 });
    expect(byManager.get(nora.id)).toMatchObject({ dropOffStep: null, dropOffStepKind: null, dropOffStepCount: 0 });
    const department = await t.gql<Any>(KPIS, { d: 'DEPARTMENT', dept: departmentId }, hrToken);
    expect(department.data.kpis).toEqual([expect.objectContaining({ dropOffStep: 'Observe one behaviour', dropOffStepCount: 2 })]);
  });

  it("a manager sees their line's stalls only, and the CSV carries the same step", async () => {
    const mine = await t.gql<Any>(KPIS, { d: 'DEPARTMENT', dept: departmentId }, t.token(olga.subject));
    expect(mine.data.kpis).toEqual([expect.objectContaining({ dropOffStep: 'Give specific feedback', dropOffStepCount: 1 })]);
    const file = await request(t.app.getHttpServer()).get(`/reports/kpis.csv?dimension=MANAGER&departmentId=${departmentId}`).set('authorization', `Bearer ${hrToken}`);
    const [header, ...rows] = parseCsv(file.text);
    const milosRow = rows.find((r) => r[header.indexOf('groupId')] === milo.id) as string[];
    expect(['dropOffStep', 'dropOffStepKind', 'dropOffStepCount'].map((c) => milosRow[header.indexOf(c)])).toEqual(['Observe one behaviour', 'AFTER', '2']);
  });
});
