import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg } from '../support/factories';
import { countRows, makeSkillPath } from '../support/skill-path-factories';
import { startTestApp, TestApp } from '../support/test-app';

const ASSIGN = `mutation($input: AssignPathInput!) { assignPath(input: $input) { __typename ... on PathAssignment { id active } ... on AlreadyAssignedError { assignmentId }
  ... on TargetDateInPastError { message field earliest } } }`;
const UPDATE = `mutation($input: UpdatePathAssignmentInput!) { updatePathAssignment(input: $input) { __typename ... on PathAssignment { targetDate } ... on AssignmentEndedError { endedOn message }
  ... on TargetDateInPastError { message field earliest } } }`;
const END = `mutation($input: EndPathAssignmentInput!) { endPathAssignment(input: $input) {
  __typename ... on PathAssignment { id active endedOn endReason endedById } ... on AssignmentEndedError { endedOn message } } }`;
const LIST = `query($employeeId: ID, $includeEnded: Boolean) { pathAssignments(employeeId: $employeeId, includeEnded: $includeEnded) { totalCount nodes { id active } } }`;
const HISTORY = `query($employeeId: ID) { pathAssignments(employeeId: $employeeId, includeEnded: true) { nodes { id assignedAt endedOn endReason } } }`;
const MINE = `{ myPathAssignments { id } }`;
const TEAM = `query($managerId: ID) { teamOverview(managerId: $managerId) { members { id paths { pathName } } } }`;
const SNAPSHOT = `query($id: ID!) { fromToSnapshot(employeeId: $id) { sections { assignmentId } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ending a path assignment, and target dates', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
    org = await makeOrg(t.dataSource);
    manager = t.token(org.manager.subject);
  });
  afterAll(() => t.close());

  it('a target date in the past is refused in words when assigning and when updating (a TargetDateInPastError naming targetDate, audited)', async () => {
    const p = await makeSkillPath(t.dataSource);
    const past = await t.gql<Any>(ASSIGN, { input: { employeeId: org.alice.id, pathId: p.pathId, targetLevel: 'PROFICIENT', targetDate: '2026-03-09' } }, manager);
    expect(past.errors).toBeUndefined();
    expect(past.data.assignPath).toEqual({
      __typename: 'TargetDateInPastError',
      field: 'targetDate',
      earliest: '2026-03-10',
      message: 'The target date 9 Mar 2026 is in the past. Pick today (10 Mar 2026) or a later date.',
    });
    expect(await countRows(t.dataSource, `SELECT 1 FROM path_assignment WHERE employee_id = $1 AND path_id = $2`, [org.alice.id, p.pathId])).toBe(0);
    const ok = await t.gql<Any>(ASSIGN, { input: { employeeId: org.alice.id, pathId: p.pathId, targetLevel: 'PROFICIENT', targetDate: '2026-03-10' } }, manager);
    expect(ok.data.assignPath.__typename).toBe('PathAssignment');
    const update = await t.gql<Any>(UPDATE, { input: { id: ok.data.assignPath.id, targetDate: '2025-12-31' } }, manager);
    expect(update.data.updatePathAssignment).toMatchObject({ __typename: 'TargetDateInPastError', field: 'targetDate', earliest: '2026-03-10' });
    const kept = await t.gql<Any>(`query($id: ID!) { pathAssignment(id: $id) { targetDate } }`, { id: ok.data.assignPath.id }, manager);
    expect(kept.data.pathAssignment.targetDate).toBe('2026-03-10');
    const refusals = await t.dataSource.query(
      `SELECT detail->>'result' AS result, detail->>'field' AS field FROM audit_entry WHERE actor_id = $1 AND action = 'call' AND entity_id IN ('assignPath', 'updatePathAssignment') AND outcome = 'REFUSED'`,
      [org.manager.id],
    );
    expect(refusals).toEqual(expect.arrayContaining([{ result: 'TargetDateInPastError', field: 'targetDate' }]));
    expect(refusals).toHaveLength(2);
  });

  it('the manager ends an assignment with a reason: kept as history, gone from active lists, the team view and the snapshot; it can be assigned again', async () => {
    const p = await makeSkillPath(t.dataSource);
    const a = (await t.gql<Any>(ASSIGN, { input: { employeeId: org.bob.id, pathId: p.pathId, targetLevel: 'ADVANCED' } }, manager)).data.assignPath;
    const byEmployee = await t.gql(END, { input: { id: a.id, reason: 'x' } }, t.token(org.bob.subject));
    expect(byEmployee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOutsider = await t.gql(END, { input: { id: a.id, reason: 'x' } }, t.token(org.otherManager.subject));
    expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const future = await t.gql(END, { input: { id: a.id, reason: 'x', endedOn: '2026-03-11' } }, manager);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn' });

    const ended = await t.gql<Any>(END, { input: { id: a.id, reason: 'Moved to the platform team' } }, manager);
    expect(ended.data.endPathAssignment).toEqual({ __typename: 'PathAssignment', id: a.id, active: false, endedOn: '2026-03-10', endReason: 'Moved to the platform team', endedById: org.manager.id });
    const again = await t.gql<Any>(END, { input: { id: a.id, reason: 'again' } }, manager);
    expect(again.data.endPathAssignment).toMatchObject({ __typename: 'AssignmentEndedError', endedOn: '2026-03-10' });
    const edit = await t.gql<Any>(UPDATE, { input: { id: a.id, targetDate: '2026-12-01' } }, manager);
    expect(edit.data.updatePathAssignment.__typename).toBe('AssignmentEndedError');

    const active = await t.gql<Any>(LIST, { employeeId: org.bob.id }, manager);
    expect(active.data.pathAssignments.nodes.map((n: Any) => n.id)).not.toContain(a.id);
    const history = await t.gql<Any>(LIST, { employeeId: org.bob.id, includeEnded: true }, manager);
    expect(history.data.pathAssignments.nodes).toContainEqual({ id: a.id, active: false });
    // The console's "Past paths" shows when each ended assignment started and ended.
    const dated = await t.gql<Any>(HISTORY, { employeeId: org.bob.id }, manager);
    const past = dated.data.pathAssignments.nodes.find((n: Any) => n.id === a.id);
    expect(past).toMatchObject({ endedOn: '2026-03-10', endReason: expect.any(String) });
    expect(Number.isNaN(Date.parse(past.assignedAt))).toBe(false);
    const mine = await t.gql<Any>(MINE, {}, t.token(org.bob.subject));
    expect(mine.data.myPathAssignments.map((n: Any) => n.id)).not.toContain(a.id);
    const team = await t.gql<Any>(TEAM, { managerId: org.manager.id }, manager);
    expect(team.data.teamOverview.members.find((m: Any) => m.id === org.bob.id).paths).toEqual([]);
    const snapshot = await t.gql<Any>(SNAPSHOT, { id: org.bob.id }, manager);
    expect(snapshot.data.fromToSnapshot.sections.map((s: Any) => s.assignmentId)).not.toContain(a.id);

    const reassigned = await t.gql<Any>(ASSIGN, { input: { employeeId: org.bob.id, pathId: p.pathId, targetLevel: 'PROFICIENT' } }, manager);
    expect(reassigned.data.assignPath).toMatchObject({ __typename: 'PathAssignment', active: true });
    expect(reassigned.data.assignPath.id).not.toBe(a.id);
    expect(await countRows(t.dataSource, `SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action = 'endPathAssignment' AND outcome = 'OK'`, [a.id])).toBe(1);
    expect(await countRows(t.dataSource, `SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action IN ('endPathAssignment', 'updatePathAssignment') AND outcome = 'DENIED'`, [a.id])).toBeGreaterThanOrEqual(2);
  });
});
