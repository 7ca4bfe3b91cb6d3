import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, uniqueName } from '../support/factories';
import { makeSkillPath } from '../support/practice-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const SCORECARD = `query($month: String) { managerScorecard(month: $month) {
  month asOf teamSize conversations conversationsPerPerson teamWithNewBehaviour shareWithNewBehaviour stepsDone stepsDoneOnTime stepsOverdue onTimeRate } }`;

type Step = { kind: string; due: string; completed?: string; behaviourId?: string };

describe('the manager scorecard: the month changes every figure', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-05-20T12:00:00Z'));
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    const ds = t.dataSource;
    const manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    token = t.token(manager.subject);
    const alice = await makeEmployee(ds, { managerId: manager.id });
    const bob = await makeEmployee(ds, { managerId: manager.id });
    await ds.query(`UPDATE employee SET hire_date = CASE WHEN id = $1 THEN DATE '2029-01-01' ELSE DATE '2030-05-01' END WHERE id IN ($1, $2)`, [alice.id, bob.id]);
    const path = await makeSkillPath(ds);
    const [template] = await ds.query(`INSERT INTO playbook_template (name) VALUES ($1) RETURNING id`, [uniqueName('T')]);
    const run = async (cancelledAt: string | null, steps: Step[]) => {
      const [r] = await ds.query(
        `INSERT INTO playbook_run (template_id, employee_id, manager_id, started_by_id, training_name, training_date, status, cancelled_at, cancel_reason)
         VALUES ($1, $2, $3, $3, 'Course', '2030-04-08', $4, $5::timestamptz, $6) RETURNING id`,
        [template.id, alice.id, manager.id, cancelledAt ? 'CANCELLED' : 'OPEN', cancelledAt, cancelledAt ? 'postponed' : null],
      );
      for (const [i, s] of steps.entries()) {
        await ds.query(
          `INSERT INTO playbook_run_step (run_id, position, kind, title, due_on, completed_on, completed_at, completed_by_id, behaviour_id)
           VALUES ($1, $2, $3, 'step', $4, $5::date, $5::timestamptz, CASE WHEN $5::date IS NULL THEN NULL ELSE $6::uuid END, $7)`,
          [r.id, i + 1, s.kind, s.due, s.completed ?? null, manager.id, s.behaviourId ?? null],
        );
      }
    };
    await run(null, [
      { kind: 'BEFORE', due: '2030-04-05', completed: '2030-04-03' }, // April, on time
      { kind: 'BEFORE', due: '2030-04-07', completed: '2030-05-02' }, // done late in May: overdue at the end of April
      { kind: 'AFTER', due: '2030-04-25' }, // still open: overdue at the end of both months
      { kind: 'AFTER', due: '2030-05-10', completed: '2030-05-09', behaviourId: path.behaviourIds.PROFICIENT }, // May, on time, a new behaviour
    ]);
    await run('2030-05-05T10:00:00Z', [{ kind: 'BEFORE', due: '2030-04-20' }]); // overdue at the end of April; cancelled in May
  });
  afterAll(() => t.close());

  it('April and May differ in team size, conversations, new behaviours, steps done, on time and overdue', async () => {
    const april = await t.gql<{ managerScorecard: unknown }>(SCORECARD, { month: '2030-04' }, token);
    expect(april.data.managerScorecard).toEqual({
      month: '2030-04', asOf: '2030-04-30', teamSize: 1, conversations: 1, conversationsPerPerson: 1, teamWithNewBehaviour: 0, shareWithNewBehaviour: 0,
      stepsDone: 1, stepsDoneOnTime: 1, stepsOverdue: 3, onTimeRate: 0.25,
    });
    const may = await t.gql<{ managerScorecard: unknown }>(SCORECARD, { month: '2030-05' }, token);
    expect(may.data.managerScorecard).toEqual({
      month: '2030-05', asOf: '2030-05-20', teamSize: 2, conversations: 2, conversationsPerPerson: 1, teamWithNewBehaviour: 1, shareWithNewBehaviour: 0.5,
      stepsDone: 2, stepsDoneOnTime: 1, stepsOverdue: 1, onTimeRate: 0.333,
    });
    const current = await t.gql<{ managerScorecard: unknown }>(SCORECARD, {}, token);
    expect(current.data.managerScorecard).toEqual(may.data.managerScorecard);
  });

  it('a month ahead or malformed is refused, naming month', async () => {
    for (const month of ['2030-06', '2030-13', 'May']) {
      const res = await t.gql(SCORECARD, { month }, token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    }
  });
});
