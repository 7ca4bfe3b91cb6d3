import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg } from '../support/factories';
import { assignDirect, countRows, makeSkillPath } from '../support/skill-path-factories';
import { startTestApp, TestApp } from '../support/test-app';

const OBSERVE = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { ... on PathObservation { id counted selfReported } } }`;
const SELF = `mutation($input: AddSelfEvidenceInput!) { addSelfEvidence(input: $input) { ... on PathObservation { id counted selfReported recordedById } } }`;
const CONFIRM = `mutation($id: ID!) { confirmObservation(id: $id) { __typename ... on PathObservation { counted confirmedById } } }`;
const PROGRESS = `query($id: ID!) { pathProgress(assignmentId: $id) { currentLevel levels { level reachedOn complete missingCertifications
  behaviours { countedObservations met behaviour { id } observations { selfReported counted } } } } }`;
const ASSIGNMENT = `query($id: ID!) { pathAssignment(id: $id) { currentLevel } }`;

interface Progress {
  pathProgress: {
    currentLevel: string | null;
    levels: Array<{ level: string; reachedOn: string | null; complete: boolean; missingCertifications: string[]; behaviours: Array<{ countedObservations: number; met: boolean; behaviour: { id: string }; observations: Array<{ selfReported: boolean; counted: boolean }> }> }>;
  };
}

describe('path progress', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp({ ORG_TIME_ZONE: 'Pacific/Auckland' }, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

  it('an employee cannot confirm their own self-evidence, and unconfirmed evidence does not count', async () => {
    const p = await makeSkillPath(t.dataSource);
    const id = await assignDirect(t.dataSource, org.alice.id, p.pathId);
    const alice = t.token(org.alice.subject);
    const added = await t.gql<{ addSelfEvidence: { id: string; counted: boolean; selfReported: boolean; recordedById: string } }>(
      SELF, { input: { behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-09', evidenceUrl: 'https://example.test/pr/1' } }, alice);
    expect(added.data.addSelfEvidence).toMatchObject({ counted: false, selfReported: true, recordedById: org.alice.id });
    const own = await t.gql<{ confirmObservation: unknown }>(CONFIRM, { id: added.data.addSelfEvidence.id }, alice);
    expect(own.data.confirmObservation).toEqual({ __typename: 'OwnEvidenceError' });
    const peer = await t.gql(CONFIRM, { id: added.data.addSelfEvidence.id }, t.token(org.bob.subject));
    expect(peer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [row] = await t.dataSource.query('SELECT confirmed_at FROM path_observation WHERE id = $1', [added.data.addSelfEvidence.id]);
    expect(row.confirmed_at).toBeNull();
    const progress = await t.gql<Progress>(PROGRESS, { id }, alice);
    expect(progress.data.pathProgress.levels[0].behaviours[0]).toMatchObject({ countedObservations: 0, met: false, observations: [{ selfReported: true, counted: false }] });
    expect(progress.data.pathProgress.levels[0].reachedOn).toBeNull();
  });

  it('self-evidence confirmed by a manager in the line counts and reaches the level', async () => {
    const p = await makeSkillPath(t.dataSource);
    const id = await assignDirect(t.dataSource, org.bob.id, p.pathId);
    const added = await t.gql<{ addSelfEvidence: { id: string } }>(SELF, { input: { behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-01' } }, t.token(org.bob.subject));
    const confirmed = await t.gql<{ confirmObservation: unknown }>(CONFIRM, { id: added.data.addSelfEvidence.id }, t.token(org.director.subject));
    expect(confirmed.data.confirmObservation).toEqual({ __typename: 'PathObservation', counted: true, confirmedById: org.director.id });
    const again = await t.gql<{ confirmObservation: unknown }>(CONFIRM, { id: added.data.addSelfEvidence.id }, t.token(org.manager.subject));
    expect(again.data.confirmObservation).toEqual({ __typename: 'NotSelfEvidenceError' });
    const progress = await t.gql<Progress>(PROGRESS, { id }, t.token(org.bob.subject));
    expect(progress.data.pathProgress.levels[0]).toMatchObject({ level: 'BASELINE', complete: true, reachedOn: '2026-03-11' });
    expect(progress.data.pathProgress.currentLevel).toBe('BASELINE');
  });

  it('reaching a level stores the date (org time zone) and moves the current level; a level needs every behaviour at the minimum', async () => {
    const p = await makeSkillPath(t.dataSource, { behavioursPerLevel: 2, minObservations: 2 });
    const employee = org.alice;
    const id = await assignDirect(t.dataSource, employee.id, p.pathId);
    const manager = t.token(org.manager.subject);
    const [b1, b2] = p.levels.BASELINE.behaviourIds;
    const observe = (behaviourId: string, observedOn: string) => t.gql<{ recordObservation: { counted: boolean } }>(OBSERVE, { input: { employeeId: employee.id, behaviourId, observedOn, note: 'Seen in standup' } }, manager);
    expect((await observe(b1, '2026-03-02')).data.recordObservation.counted).toBe(true);
    await observe(b1, '2026-03-03');
    await observe(b2, '2026-03-04');
    expect((await t.gql<{ pathAssignment: { currentLevel: string | null } }>(ASSIGNMENT, { id }, manager)).data.pathAssignment.currentLevel).toBeNull();
    expect(await countRows(t.dataSource, 'SELECT 1 FROM level_achievement WHERE employee_id = $1 AND path_id = $2', [employee.id, p.pathId])).toBe(0);
    await observe(b2, '2026-03-05');
    expect((await t.gql<{ pathAssignment: { currentLevel: string | null } }>(ASSIGNMENT, { id }, manager)).data.pathAssignment.currentLevel).toBe('BASELINE');
    const rows = await t.dataSource.query(`SELECT level, reached_on::text AS reached_on FROM level_achievement WHERE employee_id = $1 AND path_id = $2`, [employee.id, p.pathId]);
    expect(rows).toEqual([{ level: 'BASELINE', reached_on: '2026-03-11' }]);
    const progress = await t.gql<Progress>(PROGRESS, { id }, manager);
    expect(progress.data.pathProgress.levels.map((l) => [l.level, l.reachedOn])).toEqual([['BASELINE', '2026-03-11'], ['PROFICIENT', null], ['ADVANCED', null]]);
    expect(progress.data.pathProgress.levels[0].behaviours.map((b) => [b.countedObservations, b.met])).toEqual([[2, true], [2, true]]);
    // A fifth observation does not record the level twice.
    await observe(b1, '2026-03-06');
    expect(await countRows(t.dataSource, 'SELECT 1 FROM level_achievement WHERE employee_id = $1 AND path_id = $2', [employee.id, p.pathId])).toBe(1);
  });

  it('an observation outside the employee\'s paths is a NotOnPathError result; one dated in the future is bad input', async () => {
    const p = await makeSkillPath(t.dataSource);
    const manager = t.token(org.manager.subject);
    const refused = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { __typename ... on BusinessError { errorCode field } } }`;
    const notAssigned = await t.gql<{ recordObservation: unknown }>(refused, { input: { employeeId: org.bob.id, behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-01' } }, manager);
    expect(notAssigned.data.recordObservation).toEqual({ __typename: 'NotOnPathError', errorCode: 'NOT_ON_PATH', field: 'behaviourId' });
    const selfRefused = `mutation($input: AddSelfEvidenceInput!) { addSelfEvidence(input: $input) { __typename ... on BusinessError { errorCode } } }`;
    const selfNotAssigned = await t.gql<{ addSelfEvidence: unknown }>(selfRefused, { input: { behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-01' } }, t.token(org.bob.subject));
    expect(selfNotAssigned.data.addSelfEvidence).toEqual({ __typename: 'NotOnPathError', errorCode: 'NOT_ON_PATH' });
    await assignDirect(t.dataSource, org.bob.id, p.pathId);
    const future = await t.gql(OBSERVE, { input: { employeeId: org.bob.id, behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-12' } }, manager);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'observedOn' });
    const badUrl = await t.gql(OBSERVE, { input: { employeeId: org.bob.id, behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-01', evidenceUrl: 'nope' } }, manager);
    expect(badUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceUrl' });
    expect(await countRows(t.dataSource, 'SELECT 1 FROM path_observation WHERE employee_id = $1 AND behaviour_id = $2', [org.bob.id, p.levels.BASELINE.behaviourIds[0]])).toBe(0);
  });

  it('an employee cannot record a manager observation of themselves', async () => {
    const p = await makeSkillPath(t.dataSource);
    await assignDirect(t.dataSource, org.manager.id, p.pathId);
    const res = await t.gql(OBSERVE, { input: { employeeId: org.manager.id, behaviourId: p.levels.BASELINE.behaviourIds[0], observedOn: '2026-03-01' } }, t.token(org.manager.subject));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
