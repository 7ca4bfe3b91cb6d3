import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, MadeEmployee, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { makeSkillPath, MadePath } from '../support/skill-path-factories';
import { makeReportingCertification } from '../support/reporting-fixtures';
import { reachLevel } from '../support/charter-fixtures';
import { businessFailure } from '../support/business-failure';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PROGRAM_FIELDS = `id name subjectKind pathLevelId startsOn cohortEmployeeIds cohortDepartmentId archivedAt goals { kind targetPercent withinDays metricKey windowMonths }`;
const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { __typename ... on Program { ${PROGRAM_FIELDS} } ... on BusinessError { errorCode message field } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveProgram(id: $id) { ${PROGRAM_FIELDS} } }`;
const PROGRAMS = `query($all: Boolean) { programs(includeArchived: $all) { id archivedAt } }`;
const PROGRESS = `query($id: ID!) { programProgress(id: $id) { cohortSize goals { goal { kind } target actual sampleSize windowEndsOn } } }`;

describe('program charters: update and archive (HR only, audited)', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-09-01T12:00:00Z'));
  let t: TestApp;
  let hrToken: string;
  let path: MadePath;
  let manager: MadeEmployee;
  let people: MadeEmployee[];

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    hrToken = t.token((await makeEmployee(t.dataSource, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
    path = await makeSkillPath(t.dataSource);
    manager = await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'] });
    people = [];
    for (let i = 0; i < 4; i++) people.push(await makeEmployee(t.dataSource, { managerId: manager.id }));
    // Reached PROFICIENT 10, 40 and 100 days after 2030-04-01; the fourth never.
    for (const [i, on] of ['2030-04-11', '2030-05-11', '2030-07-10'].entries()) await reachLevel(t.dataSource, people[i].id, path.pathId, 'PROFICIENT', on);
  });
  afterAll(() => t.close());

  async function create(): Promise<Any> {
    const input = { name: uniqueName('Program'), pathLevelId: path.levels.PROFICIENT.id, startsOn: '2030-04-01', employeeIds: people.map((p) => p.id), goals: [{ kind: 'COMPLETION', targetPercent: 50, withinDays: 30 }] };
    const res = await t.gql<Any>(CREATE, { input }, hrToken);
    expect(res.errors).toBeUndefined();
    return res.data.createProgram;
  }
  const auditOf = (id: string) => t.dataSource.query(`SELECT action, before, after FROM audit_entry WHERE entity_id = $1 AND outcome = 'OK' ORDER BY id`, [id]);
  const completion = async (id: string) => (await t.gql<Any>(PROGRESS, { id }, hrToken)).data.programProgress;

  it('HR changes name, start, cohort and goals; the subject stays; progress follows; the change is audited with before and after', async () => {
    const program = await create();
    expect((await completion(program.id)).goals[0]).toMatchObject({ actual: 25, sampleSize: 4, windowEndsOn: '2030-05-01' });
    const input = { id: program.id, name: 'Renamed', startsOn: '2030-04-15', employeeIds: people.slice(0, 2).map((p) => p.id), goals: [{ kind: 'COMPLETION', targetPercent: 80, withinDays: 60 }, { kind: 'PASS_RATE', targetPercent: 70 }] };
    const res = await t.gql<Any>(UPDATE, { input }, hrToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.updateProgram).toMatchObject({
      id: program.id, name: 'Renamed', subjectKind: 'PATH_LEVEL', pathLevelId: path.levels.PROFICIENT.id, startsOn: '2030-04-15',
      cohortEmployeeIds: input.employeeIds, archivedAt: null,
      goals: [{ kind: 'COMPLETION', targetPercent: 80, withinDays: 60, metricKey: null, windowMonths: null }, { kind: 'PASS_RATE', targetPercent: 70, withinDays: null, metricKey: null, windowMonths: null }],
    });
    // Both of the new cohort reached the level by 2030-06-14.
    const progress = await completion(program.id);
    expect(progress.cohortSize).toBe(2);
    expect(progress.goals.map((g: Any) => g.goal.kind)).toEqual(['COMPLETION', 'PASS_RATE']);
    expect(progress.goals[0]).toMatchObject({ target: 80, actual: 100, sampleSize: 2, windowEndsOn: '2030-06-14' });
    const audit = await auditOf(program.id);
    expect(audit.map((a: Any) => a.action)).toEqual(['program.create', 'program.update']);
    expect(audit[1].before).toMatchObject({ name: program.name, startsOn: '2030-04-01' });
    expect(audit[1].after).toMatchObject({ name: 'Renamed', startsOn: '2030-04-15' });

    // Omitted fields stay; a department cohort replaces the list.
    const [dept] = await t.dataSource.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Dept')]);
    const partial = await t.gql<Any>(UPDATE, { input: { id: program.id, departmentId: dept.id } }, hrToken);
    expect(partial.data.updateProgram).toMatchObject({ name: 'Renamed', startsOn: '2030-04-15', cohortEmployeeIds: null, cohortDepartmentId: dept.id });
    expect(partial.data.updateProgram.goals).toHaveLength(2);
  });

  it('bad input names the field and changes nothing; an unknown program is NOT_FOUND; managers and employees are refused', async () => {
    const program = await create();
    const unchanged = async () => {
      const [row] = await t.dataSource.query(`SELECT name, starts_on::text AS starts_on, cohort_employee_ids FROM program_charter WHERE id = $1`, [program.id]);
      expect(row).toMatchObject({ name: program.name, starts_on: '2030-04-01' });
      expect(row.cohort_employee_ids).toHaveLength(4);
      const goals = await t.dataSource.query(`SELECT kind, target_percent FROM program_goal WHERE program_id = $1`, [program.id]);
      expect(goals).toEqual([{ kind: 'COMPLETION', target_percent: 50 }]);
      expect((await auditOf(program.id)).map((a: Any) => a.action)).toEqual(['program.create']);
    };
    const cases: Array<[Any, string]> = [
      [{ name: 'x', goals: [{ kind: 'BUSINESS_METRIC', metricKey: 'no_such_metric_y', targetChangePercent: -5, windowMonths: 3 }] }, 'goals.0.metricKey'],
      [{ name: 'x', goals: [{ kind: 'COMPLETION', targetPercent: 50 }] }, 'goals.0.withinDays'],
      [{ name: 'x', employeeIds: [people[0].id], departmentId: '00000000-0000-4000-8000-000000000001' }, 'employeeIds'],
      [{ name: 'x', employeeIds: ['00000000-0000-4000-8000-000000000002'] }, 'employeeIds'],
      [{ name: '' }, 'name'],
    ];
    for (const [change, field] of cases) {
      const res = await t.gql(UPDATE, { input: { id: program.id, ...change } }, hrToken);
      expect([field, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    await unchanged();
    // Goals are checked against the subject, which cannot change: a certification has no behaviours.
    const certification = await makeReportingCertification(t.dataSource);
    const certProgram = await t.gql<Any>(CREATE, { input: { name: uniqueName('Program'), certificationId: certification, startsOn: '2030-04-01', employeeIds: [people[0].id], goals: [{ kind: 'PASS_RATE', targetPercent: 50 }] } }, hrToken);
    const behaviour = await t.gql(UPDATE, { input: { id: certProgram.data.createProgram.id, goals: [{ kind: 'BEHAVIOUR', targetPercent: 50, withinDays: 10 }] } }, hrToken);
    expect(behaviour.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goals.0.kind' });
    const subject = await t.gql(UPDATE, { input: { id: program.id, certificationId: certification } }, hrToken);
    expect(subject.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.gql(UPDATE, { input: { id: unknown, name: 'x' } }, hrToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(ARCHIVE, { id: unknown }, hrToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const token of [t.token(manager.subject), t.token(people[0].subject)]) {
      expect((await t.gql(UPDATE, { input: { id: program.id, name: 'x' } }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(ARCHIVE, { id: program.id }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM program_charter WHERE id = $1 AND archived_at IS NULL AND name = $2`, [program.id, program.name]);
    expect(n).toBe(1);
  });

  it('an archived program leaves the list (includeArchived brings it back), keeps its progress, cannot change, and archiving twice changes nothing', async () => {
    const program = await create();
    const kept = await create();
    const res = await t.gql<Any>(ARCHIVE, { id: program.id }, hrToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.archiveProgram.archivedAt).toBe('2030-09-01T12:00:00.000Z');
    const listed = (await t.gql<Any>(PROGRAMS, {}, t.token(manager.subject))).data.programs.map((p: Any) => p.id);
    expect(listed).toContain(kept.id);
    expect(listed).not.toContain(program.id);
    const all = (await t.gql<Any>(PROGRAMS, { all: true }, hrToken)).data.programs;
    expect(all.find((p: Any) => p.id === program.id)).toEqual({ id: program.id, archivedAt: '2030-09-01T12:00:00.000Z' });
    expect(all.find((p: Any) => p.id === kept.id)).toEqual({ id: kept.id, archivedAt: null });
    expect((await completion(program.id)).goals[0]).toMatchObject({ actual: 25, sampleSize: 4 });

    // Changing it is a ProgramArchivedError result, audited REFUSED with its code; nothing changes.
    const change = await businessFailure(t, { query: UPDATE, variables: { input: { id: program.id, name: 'Too late' } }, token: hrToken }, 'updateProgram');
    expect(change.result).toEqual({ __typename: 'ProgramArchivedError', errorCode: 'PROGRAM_ARCHIVED', message: 'This program is archived; it cannot change.', field: 'id' });
    expect(change.entries).toEqual([expect.objectContaining({ outcome: 'REFUSED', entity_id: 'updateProgram', detail: expect.objectContaining({ result: 'ProgramArchivedError', reason: 'PROGRAM_ARCHIVED', field: 'id' }) })]);
    expect((await t.dataSource.query(`SELECT name FROM program_charter WHERE id = $1`, [program.id]))[0].name).toBe(program.name);
    clock.set(DateTime.fromISO('2030-09-02T12:00:00Z'));
    const again = await t.gql<Any>(ARCHIVE, { id: program.id }, hrToken);
    clock.set(DateTime.fromISO('2030-09-01T12:00:00Z'));
    expect(again.data.archiveProgram).toMatchObject({ name: program.name, archivedAt: '2030-09-01T12:00:00.000Z' });
    const audit = await auditOf(program.id);
    expect(audit.map((a: Any) => a.action)).toEqual(['program.create', 'program.archive']);
    expect(audit[1]).toMatchObject({ before: { archivedAt: null }, after: { archivedAt: '2030-09-01T12:00:00.000Z' } });
  });
});
