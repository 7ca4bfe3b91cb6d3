import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg } from '../support/factories';
import { assignDirect, countRows, makeSkillPath } from '../support/skill-path-factories';
import { startTestApp, TestApp } from '../support/test-app';

const ASSIGN = `mutation($input: AssignPathInput!) { assignPath(input: $input) {
  __typename ... on PathAssignment { id employeeId currentLevel targetLevel targetDate assignedById }
  ... on TargetBelowCurrentError { field currentLevel } ... on AlreadyAssignedError { assignmentId } } }`;
const UPDATE = `mutation($input: UpdatePathAssignmentInput!) { updatePathAssignment(input: $input) {
  __typename ... on PathAssignment { targetLevel targetDate } ... on TargetBelowCurrentError { field currentLevel } } }`;
const OBSERVE = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { ... on PathObservation { id counted selfReported } } }`;
const ASSIGNMENT = `query($id: ID!) { pathAssignment(id: $id) { id currentLevel employee { id } path { id } } }`;

describe('path assignments', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

  it('a manager (direct or skip-level) assigns a report; the change is audited', async () => {
    const p = await makeSkillPath(t.dataSource);
    const res = await t.gql<{ assignPath: Record<string, unknown> }>(ASSIGN, { input: { employeeId: org.alice.id, pathId: p.pathId, targetLevel: 'PROFICIENT', targetDate: '2026-09-30' } }, t.token(org.manager.subject));
    expect(res.data.assignPath).toMatchObject({ __typename: 'PathAssignment', employeeId: org.alice.id, currentLevel: null, targetLevel: 'PROFICIENT', targetDate: '2026-09-30', assignedById: org.manager.id });
    expect(await countRows(t.dataSource, `SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action = 'assignPath'`, [res.data.assignPath.id])).toBe(1);
    const skip = await t.gql<{ assignPath: { __typename: string } }>(ASSIGN, { input: { employeeId: org.bob.id, pathId: p.pathId, targetLevel: 'ADVANCED' } }, t.token(org.director.subject));
    expect(skip.data.assignPath.__typename).toBe('PathAssignment');
    const dup = await t.gql<{ assignPath: unknown }>(ASSIGN, { input: { employeeId: org.alice.id, pathId: p.pathId, targetLevel: 'ADVANCED' } }, t.token(org.hr.subject));
    expect(dup.data.assignPath).toEqual({ __typename: 'AlreadyAssignedError', assignmentId: res.data.assignPath.id });
  });

  it('a manager outside the line cannot assign or observe: NOT_FOUND, nothing written', async () => {
    const p = await makeSkillPath(t.dataSource);
    const other = t.token(org.otherManager.subject);
    const assign = await t.gql(ASSIGN, { input: { employeeId: org.alice.id, pathId: p.pathId, targetLevel: 'ADVANCED' } }, other);
    expect(assign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await countRows(t.dataSource, 'SELECT 1 FROM path_assignment WHERE path_id = $1', [p.pathId])).toBe(0);

    await assignDirect(t.dataSource, org.alice.id, p.pathId);
    const observe = await t.gql(OBSERVE, { input: { employeeId: org.alice.id, behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-01' } }, other);
    expect(observe.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await countRows(t.dataSource, 'SELECT 1 FROM path_observation WHERE employee_id = $1 AND behaviour_id = $2', [org.alice.id, p.levels.BASELINE.behaviourIds[0]])).toBe(0);
    expect(await countRows(t.dataSource, `SELECT 1 FROM audit_entry WHERE actor_id = $1 AND outcome = 'DENIED' AND entity_id = $2`, [org.otherManager.id, org.alice.id])).toBe(2);
  });

  it('an employee cannot assign themselves (FORBIDDEN)', async () => {
    const p = await makeSkillPath(t.dataSource);
    const res = await t.gql(ASSIGN, { input: { employeeId: org.alice.id, pathId: p.pathId, targetLevel: 'ADVANCED' } }, t.token(org.alice.subject));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the target must be above the current level, on assign and on update', async () => {
    const p = await makeSkillPath(t.dataSource);
    const manager = t.token(org.manager.subject);
    const below = await t.gql<{ assignPath: unknown }>(ASSIGN, { input: { employeeId: org.bob.id, pathId: p.pathId, currentLevel: 'PROFICIENT', targetLevel: 'PROFICIENT' } }, manager);
    expect(below.data.assignPath).toEqual({ __typename: 'TargetBelowCurrentError', field: 'targetLevel', currentLevel: 'PROFICIENT' });
    expect(await countRows(t.dataSource, 'SELECT 1 FROM path_assignment WHERE path_id = $1', [p.pathId])).toBe(0);
    const ok = await t.gql<{ assignPath: { id: string } }>(ASSIGN, { input: { employeeId: org.bob.id, pathId: p.pathId, currentLevel: 'BASELINE', targetLevel: 'ADVANCED' } }, manager);
    const update = await t.gql<{ updatePathAssignment: unknown }>(UPDATE, { input: { id: ok.data.assignPath.id, targetLevel: 'BASELINE' } }, manager);
    expect(update.data.updatePathAssignment).toEqual({ __typename: 'TargetBelowCurrentError', field: 'targetLevel', currentLevel: 'BASELINE' });
    const moved = await t.gql<{ updatePathAssignment: unknown }>(UPDATE, { input: { id: ok.data.assignPath.id, targetLevel: 'PROFICIENT', targetDate: '2026-12-31' } }, manager);
    expect(moved.data.updatePathAssignment).toEqual({ __typename: 'PathAssignment', targetLevel: 'PROFICIENT', targetDate: '2026-12-31' });
    const bad = await t.gql(UPDATE, { input: { id: ok.data.assignPath.id, targetDate: '2026-02-30' } }, manager);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads are scoped: the employee, their line and HR see the assignment; a peer gets NOT_FOUND', async () => {
    const p = await makeSkillPath(t.dataSource);
    const id = await assignDirect(t.dataSource, org.alice.id, p.pathId);
    for (const who of [org.alice, org.manager, org.director, org.hr]) {
      const res = await t.gql<{ pathAssignment: unknown }>(ASSIGNMENT, { id }, t.token(who.subject));
      if (res.errors) console.log(JSON.stringify(res.errors));
      expect(res.data.pathAssignment).toEqual({ id, currentLevel: null, employee: { id: org.alice.id }, path: { id: p.pathId } });
    }
    for (const who of [org.bob, org.otherManager]) {
      const res = await t.gql(ASSIGNMENT, { id }, t.token(who.subject));
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const list = await t.gql(`query($e: ID) { pathAssignments(employeeId: $e) { totalCount } }`, { e: org.alice.id }, t.token(org.bob.subject));
    expect(list.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byPath = await t.gql<{ pathAssignments: { nodes: Array<{ employeeId: string }> } }>(`query($p: ID) { pathAssignments(pathId: $p) { nodes { employeeId } } }`, { p: p.pathId }, t.token(org.otherManager.subject));
    expect(byPath.data.pathAssignments.nodes).toEqual([]);
    const mine = await t.gql<{ myPathAssignments: Array<{ id: string }> }>(`{ myPathAssignments { id } }`, {}, t.token(org.alice.subject));
    expect(mine.data.myPathAssignments.map((a) => a.id)).toContain(id);
  });
});
