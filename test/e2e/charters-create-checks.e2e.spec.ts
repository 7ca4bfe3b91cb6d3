import { makeEmployee } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { makeSkillPath } from '../support/skill-path-factories';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id name } }`;

/** What HR's "New program" form relies on: a trimmed name, refusals that name the field in a sentence, an audit entry. */
describe('creating a program charter: names and refusals in words', () => {
  let t: TestApp;
  let hr: string;
  let base: Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    const person = await makeEmployee(ds, {});
    hr = t.token((await makeEmployee(ds, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
    const path = await makeSkillPath(ds);
    base = { pathLevelId: path.levels.BASELINE.id, startsOn: '2030-01-01', employeeIds: [person.id], goals: [{ kind: 'COMPLETION', targetPercent: 80, withinDays: 90 }] };
  });
  afterAll(() => t.close());

  it('trims the name and audits the creation', async () => {
    const res = await t.gql<Any>(CREATE, { input: { ...base, name: '  Support onboarding  ' } }, hr);
    expect(res.data.createProgram.name).toBe('Support onboarding');
    expect(await t.dataSource.query(`SELECT after->>'name' AS name FROM audit_entry WHERE action = 'program.create' AND entity_id = $1`, [res.data.createProgram.id])).toEqual([{ name: 'Support onboarding' }]);
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name', 'The program name cannot be blank.'],
    ['no subject', { name: 'No subject', pathLevelId: undefined }, 'pathLevelId', 'A program is about exactly one thing: a path level, a certification or a training.'],
    ['no cohort', { name: 'No cohort', employeeIds: undefined }, 'employeeIds', 'Say who the program is for: either a list of people, or a department and/or a job role.'],
    ['a goal without a target', { name: 'No target', goals: [{ kind: 'COMPLETION', withinDays: 30 }] }, 'goals.0.targetPercent', 'Each goal needs a target between 0 and 100 percent.'],
  ])('%s is BAD_USER_INPUT naming the field, in a sentence', async (_what, change, field, message) => {
    const res = await t.gql(CREATE, { input: { ...base, ...change } }, hr);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toContain(message);
  });
});
