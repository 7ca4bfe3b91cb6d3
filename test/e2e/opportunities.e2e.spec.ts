import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { assignOn, holdCert, makeCert, makeSnapshotPath } from '../support/snapshot-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id kind title description active
  requirements { kind level pathName certificationName description } } }`;
const ELIGIBLE = `query($id: ID!, $first: Int, $after: String) { eligibleEmployees(opportunityId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
const MINE = `{ myOpportunities { eligible { id title } oneStepAway { opportunity { id title } missing { kind level pathName certificationName description } } } }`;

interface Mine { myOpportunities: { eligible: Array<{ id: string }>; oneStepAway: Array<{ opportunity: { id: string }; missing: Record<string, unknown> }> } }
interface Eligible { eligibleEmployees: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<{ id: string }> } }

describe('opportunities: projects, internal gigs and communities of practice', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-03-10T12:00:00Z')));
    org = await makeOrg(t.dataSource);
  });
  afterAll(() => t.close());

  /** A project needing PROFICIENT on a path and a certification, with people at every distance from it. */
  async function setup() {
    const ds = t.dataSource;
    const p = await makeSnapshotPath(ds);
    const cert = await makeCert(ds);
    const title = uniqueName('Pricing project');
    const created = await t.gql<{ createOpportunity: { id: string; requirements: Array<Record<string, unknown>> } }>(CREATE, {
      input: { kind: 'PROJECT', title, description: 'Rebuild the pricing model', requiredLevelIds: [p.levelIds.PROFICIENT], requiredCertificationIds: [cert.id] },
    }, t.token(org.hr.subject));
    expect(created.errors).toBeUndefined();
    const id = created.data.createOpportunity.id;
    const team = org.manager.id;
    const both = await makeEmployee(ds, { managerId: team, lastName: 'A both' });
    await assignOn(ds, both.id, p.pathId, { currentLevel: 'ADVANCED' });
    await holdCert(ds, both.id, cert.id, '2025-06-01', '2027-06-01', '2027-04-01', '2027-07-01');
    const levelOnly = await makeEmployee(ds, { managerId: team, lastName: 'B level' });
    await assignOn(ds, levelOnly.id, p.pathId, { currentLevel: 'PROFICIENT' });
    const certOnly = await makeEmployee(ds, { managerId: team, lastName: 'C cert' });
    await assignOn(ds, certOnly.id, p.pathId, { currentLevel: 'BASELINE' });
    await holdCert(ds, certOnly.id, cert.id, '2025-06-01', '2027-06-01', '2027-04-01', '2027-07-01');
    const expired = await makeEmployee(ds, { managerId: team, lastName: 'D expired' });
    await assignOn(ds, expired.id, p.pathId, { currentLevel: 'PROFICIENT' });
    await holdCert(ds, expired.id, cert.id, '2024-01-01', '2025-01-01', '2024-11-01', '2025-02-01');
    const achieved = await makeEmployee(ds, { managerId: org.otherManager.id, lastName: 'E achieved' });
    await ds.query(`INSERT INTO level_achievement (employee_id, path_id, level, reached_on) VALUES ($1, $2, 'ADVANCED', '2025-10-01')`, [achieved.id, p.pathId]);
    await holdCert(ds, achieved.id, cert.id, '2025-06-01', '2027-06-01', '2027-04-01', '2027-07-01');
    const nothing = await makeEmployee(ds, { managerId: team, lastName: 'F nothing' });
    return { p, cert, id, title, created: created.data.createOpportunity, both, levelOnly, certOnly, expired, achieved, nothing };
  }

  it('HR creates an opportunity with level and certification requirements; others are refused; bad references are bad input', async () => {
    const s = await setup();
    expect(s.created.requirements).toEqual([
      { kind: 'LEVEL', level: 'PROFICIENT', pathName: s.p.pathName, certificationName: null, description: `Proficient on ${s.p.pathName}` },
      { kind: 'CERTIFICATION', level: null, pathName: null, certificationName: s.cert.name, description: `Certification: ${s.cert.name}` },
    ]);
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'createOpportunity' AND entity_id = $1`, [s.id]);
    expect(audit[0].n).toBe(1);
    const input = { kind: 'COMMUNITY_OF_PRACTICE', title: uniqueName('Guild') };
    const manager = await t.gql(CREATE, { input }, t.token(org.manager.subject));
    expect(manager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknownLevel = await t.gql(CREATE, { input: { ...input, requiredLevelIds: ['00000000-0000-4000-8000-000000000000'] } }, t.token(org.hr.subject));
    expect(unknownLevel.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredLevelIds' });
    const unknownCert = await t.gql(CREATE, { input: { ...input, requiredCertificationIds: [s.p.levelIds.BASELINE] } }, t.token(org.hr.subject));
    expect(unknownCert.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredCertificationIds' });
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM opportunity WHERE title = $1`, [input.title]);
    expect(rows[0].n).toBe(0);
  });

  it('eligibleEmployees: level at or above and a held certification; HR sees everyone, a manager their line, an employee is refused', async () => {
    const s = await setup();
    const hr = await t.gql<Eligible>(ELIGIBLE, { id: s.id, first: 200 }, t.token(org.hr.subject));
    expect(hr.errors).toBeUndefined();
    expect(hr.data.eligibleEmployees.nodes.map((n) => n.id)).toEqual([s.both.id, s.achieved.id]);
    expect(hr.data.eligibleEmployees.totalCount).toBe(2);
    const manager = await t.gql<Eligible>(ELIGIBLE, { id: s.id }, t.token(org.manager.subject));
    expect(manager.data.eligibleEmployees.nodes.map((n) => n.id)).toEqual([s.both.id]);
    const skip = await t.gql<Eligible>(ELIGIBLE, { id: s.id }, t.token(org.director.subject));
    expect(skip.data.eligibleEmployees.nodes.map((n) => n.id)).toEqual([s.both.id]);
    const other = await t.gql<Eligible>(ELIGIBLE, { id: s.id }, t.token(org.otherManager.subject));
    expect(other.data.eligibleEmployees.nodes.map((n) => n.id)).toEqual([s.achieved.id]);
    const paged = await t.gql<Eligible>(ELIGIBLE, { id: s.id, first: 1 }, t.token(org.hr.subject));
    expect(paged.data.eligibleEmployees).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ id: s.both.id }] });
    const next = await t.gql<Eligible>(ELIGIBLE, { id: s.id, first: 1, after: paged.data.eligibleEmployees.pageInfo.endCursor }, t.token(org.hr.subject));
    expect(next.data.eligibleEmployees.nodes).toEqual([{ id: s.achieved.id }]);
    const employee = await t.gql(ELIGIBLE, { id: s.id }, t.token(org.alice.subject));
    expect(employee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await t.gql(ELIGIBLE, { id: '00000000-0000-4000-8000-000000000000' }, t.token(org.hr.subject));
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('myOpportunities: eligible, or one step away naming the one missing requirement; two missing is neither', async () => {
    const s = await setup();
    const mine = async (subject: string) => (await t.gql<Mine>(MINE, {}, t.token(subject))).data.myOpportunities;
    const stepOf = (m: Mine['myOpportunities']) => m.oneStepAway.find((x) => x.opportunity.id === s.id);
    const eligibleIn = (m: Mine['myOpportunities']) => m.eligible.some((o) => o.id === s.id);

    const both = await mine(s.both.subject);
    expect(eligibleIn(both)).toBe(true);
    expect(stepOf(both)).toBeUndefined();

    const levelOnly = await mine(s.levelOnly.subject);
    expect(eligibleIn(levelOnly)).toBe(false);
    expect(stepOf(levelOnly)?.missing).toEqual({ kind: 'CERTIFICATION', level: null, pathName: null, certificationName: s.cert.name, description: `Certification: ${s.cert.name}` });

    const certOnly = await mine(s.certOnly.subject);
    expect(stepOf(certOnly)?.missing).toMatchObject({ kind: 'LEVEL', level: 'PROFICIENT', pathName: s.p.pathName });

    const expired = await mine(s.expired.subject);
    expect(stepOf(expired)?.missing).toMatchObject({ kind: 'CERTIFICATION', certificationName: s.cert.name });

    const nothing = await mine(s.nothing.subject);
    expect(eligibleIn(nothing)).toBe(false);
    expect(stepOf(nothing)).toBeUndefined();
  });

  it('an opportunity without requirements is open to everyone', async () => {
    const created = await t.gql<{ createOpportunity: { id: string; requirements: unknown[] } }>(CREATE, { input: { kind: 'INTERNAL_GIG', title: uniqueName('Open gig') } }, t.token(org.hr.subject));
    expect(created.data.createOpportunity.requirements).toEqual([]);
    const m = await t.gql<Mine>(MINE, {}, t.token(org.bob.subject));
    expect(m.data.myOpportunities.eligible.map((o) => o.id)).toContain(created.data.createOpportunity.id);
    const line = await t.gql<Eligible>(ELIGIBLE, { id: created.data.createOpportunity.id }, t.token(org.manager.subject));
    expect(line.data.eligibleEmployees.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([org.manager.id, org.alice.id, org.bob.id]));
    expect(line.data.eligibleEmployees.nodes.map((n) => n.id)).not.toContain(org.outsider.id);
  });
});
