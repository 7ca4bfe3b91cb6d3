import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { LEVEL_CERTIFICATION_GATE, LevelCertificationGate } from '@app/skill-paths';
import { makeEmployee, makeOrg, uniqueName } from '../support/factories';
import { countCertificationStatements, makeCertification, makeDepartment, makeJobRole, recordCertification } from '../support/certification-factories';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateCertificationInput!) { createCertification(input: $input) {
  __typename ... on Certification { id name validityAmount validityUnit renewalWindowAmount costAmount estimatedHours payoff } ... on DuplicateNameError { field } } }`;
const UPDATE = `mutation($input: UpdateCertificationInput!) { updateCertification(input: $input) {
  __typename ... on Certification { id gracePeriodDays renewalWindowAmount renewalWindowUnit } ... on DuplicateNameError { field } } }`;
const DUE = `query($within: Int!, $scope: RenewalsScope, $dept: ID, $first: Int, $after: String) {
  renewalsDue(withinDays: $within, scope: $scope, departmentId: $dept, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id employeeId status effectiveDeadline daysLeft employee { id displayName } certification { name } } } }`;
const GAPS = `query($groupBy: ComplianceGapGroupBy!, $role: ID, $dept: ID) { complianceGaps(groupBy: $groupBy, jobRoleId: $role, departmentId: $dept) {
  key label gapCount peopleCount gaps { employee { id } certificationId certificationName reason recordId lapsedDeadline } } }`;
const SET_REQ = `mutation($input: SetCertificationRequirementInput!) { setCertificationRequirement(input: $input) { id level required certification { id name } } }`;

type DuePage = { renewalsDue: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ id: string; employeeId: string; status: string; effectiveDeadline: string; daysLeft: number }> } };

describe('certification catalog and views (GraphQL, today fixed at 2026-06-01)', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;
  const award = async (employeeId: string, certificationId: string, earnedOn: string) => {
    const res = await recordCertification(t, hr, { employeeId, certificationId, earnedOn });
    expect(res.errors).toBeUndefined();
    return res.data.recordCertification;
  };

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-06-01T12:00:00Z')));
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  describe('catalog', () => {
    it('HR creates a certification with its policy, cost and payoff; everyone signed in reads it; an employee cannot create', async () => {
      const name = uniqueName('Cloud Architect');
      const input = { name, issuer: 'Cloud Inc', validityAmount: 2, validityUnit: 'YEARS', renewalWindowAmount: 3, renewalWindowUnit: 'MONTHS', costAmount: 150.5, estimatedHours: 40.5, payoff: 'Pay step' };
      const res = await t.gql<{ createCertification: { id: string } }>(CREATE, { input }, hr);
      expect(res.data.createCertification).toMatchObject({ __typename: 'Certification', name, validityAmount: 2, costAmount: 150.5, estimatedHours: 40.5 });
      const read = await t.gql(`query($id: ID!) { certification(id: $id) { name payoff } }`, { id: res.data.createCertification.id }, t.token(org.alice.subject));
      expect(read.data).toEqual({ certification: { name, payoff: 'Pay step' } });
      const denied = await t.gql(CREATE, { input: { ...input, name: uniqueName('X') } }, t.token(org.manager.subject));
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const dup = await t.gql(CREATE, { input }, hr);
      expect(dup.data).toEqual({ createCertification: { __typename: 'DuplicateNameError', field: 'name' } });
      const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [res.data.createCertification.id]);
      expect(audit).toEqual([{ action: 'createCertification' }]);
    });

    it('a renewal window longer than the validity names renewalWindowAmount and creates nothing', async () => {
      const name = uniqueName('Bad Window');
      const res = await t.gql(CREATE, { input: { name, issuer: 'X', validityAmount: 1, validityUnit: 'YEARS', renewalWindowAmount: 13, renewalWindowUnit: 'MONTHS' } }, hr);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'renewalWindowAmount' });
      expect(await t.dataSource.query(`SELECT id FROM certification WHERE name = $1`, [name])).toEqual([]);
    });

    it('other policy problems name their field', async () => {
      const base = { issuer: 'X', validityAmount: 1, validityUnit: 'YEARS' };
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ validityUnit: undefined }, 'validityUnit'],
        [{ expiryBase: 'FROM_EXPIRY' }, 'renewalWindowAmount'],
        [{ expiryBase: 'FIXED_CYCLE', anchorMonth: 2, anchorDay: 29 }, 'anchorDay'],
        [{ studyGuideUrl: 'ftp//nope' }, 'studyGuideUrl'],
        [{ renewalWindowAmount: 10, renewalWindowUnit: 'YEARS' }, 'renewalWindowUnit'],
      ];
      for (const [extra, field] of cases) {
        const res = await t.gql(CREATE, { input: { ...base, name: uniqueName('P'), ...extra } }, hr);
        expect({ field, got: res.errors?.[0].extensions }).toEqual({ field, got: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
      }
    });

    it('update keeps omitted fields, clears null ones, and is validated against the merged policy', async () => {
      const cert = await makeCertification(t.dataSource);
      const ok = await t.gql(UPDATE, { input: { id: cert.id, gracePeriodDays: 10, renewalWindowAmount: null, renewalWindowUnit: null } }, hr);
      expect(ok.data).toEqual({ updateCertification: { __typename: 'Certification', id: cert.id, gracePeriodDays: 10, renewalWindowAmount: null, renewalWindowUnit: null } });
      const bad = await t.gql(UPDATE, { input: { id: cert.id, renewalWindowAmount: 400, renewalWindowUnit: 'DAYS' } }, hr);
      expect(bad.errors?.[0].extensions).toMatchObject({ field: 'renewalWindowAmount' });
      const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [cert.id]);
      expect(audit).toEqual([{ action: 'updateCertification' }]);
    });
  });

  describe('renewalsDue', () => {
    let dept: string;
    let aliceDue: string;
    let bobGrace: string;
    let outsiderDue: string;
    beforeAll(async () => {
      dept = await makeDepartment(t.dataSource);
      await t.dataSource.query(`UPDATE employee SET department_id = $1 WHERE id = ANY($2)`, [dept, [org.alice.id, org.bob.id, org.outsider.id]]);
      const cert = await makeCertification(t.dataSource);
      aliceDue = (await award(org.alice.id, cert.id, '2025-07-10')).id; // deadline 2026-07-10, RENEWAL_DUE
      bobGrace = (await award(org.bob.id, cert.id, '2025-05-20')).id; // deadline 2026-05-20, IN_GRACE
      outsiderDue = (await award(org.outsider.id, cert.id, '2025-07-05')).id;
      await award(org.bob.id, (await makeCertification(t.dataSource)).id, '2026-01-01'); // ACTIVE, deadline 2027-01-01
      await award(org.alice.id, (await makeCertification(t.dataSource)).id, '2025-01-01'); // EXPIRED: not a renewal
      await award(org.alice.id, (await makeCertification(t.dataSource, { renewalWindowAmount: 10, renewalWindowUnit: 'DAYS' })).id, '2025-06-30'); // ACTIVE, deadline 2026-06-30
    });

    it('a manager sees their line only, sorted by deadline, with already-due and in-grace records', async () => {
      const res = await t.gql<DuePage>(DUE, { within: 45 }, t.token(org.director.subject));
      expect(res.errors).toBeUndefined();
      const nodes = res.data.renewalsDue.nodes;
      expect(nodes.map((n) => n.status)).toEqual(['IN_GRACE', 'ACTIVE', 'RENEWAL_DUE']);
      expect(nodes[0].id).toBe(bobGrace);
      expect(nodes[2]).toMatchObject({ id: aliceDue, effectiveDeadline: '2026-07-10', daysLeft: 39 });
      expect(nodes.map((n) => n.id)).not.toContain(outsiderDue);
      const narrow = await t.gql<DuePage>(DUE, { within: 5 }, t.token(org.director.subject));
      expect(narrow.errors).toBeUndefined();
      // Within 5 days: the ACTIVE record due 2026-06-30 drops out; already-due and in-grace ones stay.
      expect(narrow.data.renewalsDue.nodes.map((n) => n.id)).toEqual([bobGrace, aliceDue]);
    });

    it('pages with a cursor', async () => {
      const token = t.token(org.manager.subject);
      const first = await t.gql<DuePage>(DUE, { within: 45, first: 2 }, token);
      expect(first.errors).toBeUndefined();
      expect(first.data.renewalsDue).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const second = await t.gql<DuePage>(DUE, { within: 45, first: 2, after: first.data.renewalsDue.pageInfo.endCursor }, token);
      expect(second.data.renewalsDue.nodes.map((n) => n.id)).toEqual([aliceDue]);
      expect(second.data.renewalsDue.pageInfo.hasNextPage).toBe(false);
    });

    it('an employee gets their own records by default (scope ME); a manager asks for ME to see only theirs', async () => {
      const own = await t.gql<DuePage>(DUE, { within: 45 }, t.token(org.alice.subject));
      expect(own.errors).toBeUndefined();
      expect(own.data.renewalsDue.nodes.map((n) => [n.employeeId, n.status])).toEqual([[org.alice.id, 'ACTIVE'], [org.alice.id, 'RENEWAL_DUE']]);
      expect(own.data.renewalsDue.nodes[1]).toMatchObject({ id: aliceDue, daysLeft: 39 });
      const explicit = await t.gql<DuePage>(DUE, { within: 45, scope: 'ME' }, t.token(org.bob.subject));
      expect(explicit.data.renewalsDue.nodes.map((n) => n.id)).toEqual([bobGrace]);
      const managerOwn = await t.gql<DuePage>(DUE, { within: 45, scope: 'ME' }, t.token(org.manager.subject));
      expect(managerOwn.data.renewalsDue.totalCount).toBe(0);
    });

    it('ORGANIZATION scope is refused for a manager and spans the organization for HR', async () => {
      const asManager = await t.gql(DUE, { within: 45, scope: 'ORGANIZATION' }, t.token(org.manager.subject));
      expect(asManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const asHr = await t.gql<DuePage>(DUE, { within: 45, scope: 'ORGANIZATION', dept: dept }, hr);
      expect(asHr.data.renewalsDue.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([aliceDue, bobGrace, outsiderDue]));
      expect(asHr.data.renewalsDue.totalCount).toBe(4);
    });

    it('costs a constant number of SQL statements whatever the page size', async () => {
      const token = t.token(org.director.subject);
      const small = await countCertificationStatements(t.dataSource, () => t.gql(DUE, { within: 45, first: 1 }, token));
      const large = await countCertificationStatements(t.dataSource, () => t.gql(DUE, { within: 45, first: 50 }, token));
      expect(large).toBe(small);
    });
  });

  describe('compliance gaps and requirements', () => {
    let role: string;
    let certA: { id: string; name: string };
    let certB: { id: string; name: string };
    let p1: { id: string };
    let p2: { id: string };
    let p3: { id: string };
    let optionalCert: { id: string };
    beforeAll(async () => {
      role = await makeJobRole(t.dataSource);
      certA = await makeCertification(t.dataSource);
      certB = await makeCertification(t.dataSource);
      optionalCert = await makeCertification(t.dataSource);
      for (const [c, level, required] of [[certA, 'BASELINE', true], [certB, 'BASELINE', true], [optionalCert, 'BASELINE', false]] as const) {
        const res = await t.gql(SET_REQ, { input: { jobRoleId: role, level, certificationId: c.id, required } }, hr);
        expect(res.errors).toBeUndefined();
      }
      p1 = await makeEmployee(t.dataSource, { jobRoleId: role, managerId: org.manager.id });
      p2 = await makeEmployee(t.dataSource, { jobRoleId: role, managerId: org.manager.id });
      p3 = await makeEmployee(t.dataSource, { jobRoleId: role, managerId: org.otherManager.id });
      await award(p1.id, certA.id, '2026-01-01'); // holds A, lacks B
      await award(p2.id, certA.id, '2025-01-01'); // A expired
      await award(p2.id, certB.id, '2025-05-20'); // B in grace: still held
      await award(p3.id, certA.id, '2026-01-01');
      await award(p3.id, certB.id, '2026-01-01'); // complete
    });

    it('HR finds a missing and an expired required certification, grouped by job role', async () => {
      const res = await t.gql<{ complianceGaps: Array<{ key: string; gapCount: number; peopleCount: number; gaps: Array<Record<string, unknown>> }> }>(GAPS, { groupBy: 'JOB_ROLE', role }, hr);
      expect(res.errors).toBeUndefined();
      expect(res.data.complianceGaps).toHaveLength(1);
      const [group] = res.data.complianceGaps;
      expect(group).toMatchObject({ key: role, gapCount: 2, peopleCount: 2 });
      expect(group.gaps).toEqual(expect.arrayContaining([
        { employee: { id: p1.id }, certificationId: certB.id, certificationName: certB.name, reason: 'MISSING', recordId: null, lapsedDeadline: null },
        expect.objectContaining({ employee: { id: p2.id }, certificationId: certA.id, reason: 'EXPIRED', lapsedDeadline: '2026-01-01' }),
      ]));
    });

    it('the skill-path level gate names the required certifications an employee lacks', async () => {
      const gate = t.app.get<LevelCertificationGate>(LEVEL_CERTIFICATION_GATE, { strict: false });
      expect(await gate.missingCertifications(p1.id, role, 'BASELINE', '2026-06-01')).toEqual([certB.name]);
      expect(await gate.missingCertifications(p2.id, role, 'BASELINE', '2026-06-01')).toEqual([certA.name]);
      expect(await gate.missingCertifications(p3.id, role, 'BASELINE', '2026-06-01')).toEqual([]);
      expect(await gate.missingCertifications(p3.id, role, 'PROFICIENT', '2026-06-01')).toEqual([]);
    });

    it('a revoked required certification is a gap; a manager sees only their line, grouped by manager', async () => {
      const p4 = await makeEmployee(t.dataSource, { jobRoleId: role, managerId: org.otherManager.id });
      await award(p4.id, certB.id, '2026-01-01');
      const a = await award(p4.id, certA.id, '2026-01-01');
      await t.gql(`mutation($input: RevokeCertificationInput!) { revokeCertification(input: $input) { __typename } }`, { input: { recordId: a.id, reason: 'Invalid exam' } }, hr);
      const res = await t.gql<{ complianceGaps: Array<{ key: string; gaps: Array<{ employee: { id: string }; reason: string }> }> }>(GAPS, { groupBy: 'MANAGER', role }, t.token(org.otherManager.subject));
      expect(res.data.complianceGaps).toEqual([expect.objectContaining({ key: org.otherManager.id, gapCount: 1, gaps: [expect.objectContaining({ employee: { id: p4.id }, reason: 'REVOKED' })] })]);
    });

    it('certificationRequirements lists a role\'s requirements; removing one is HR-only and audited', async () => {
      const list = await t.gql<{ certificationRequirements: Array<{ certificationId: string; required: boolean; certification: { name: string } }> }>(
        `query($r: ID!) { certificationRequirements(jobRoleId: $r) { certificationId level required certification { name } } }`, { r: role }, t.token(org.alice.subject));
      expect(list.data.certificationRequirements).toHaveLength(3);
      expect(list.data.certificationRequirements.find((q) => q.certificationId === optionalCert.id)).toMatchObject({ required: false });
      const remove = `mutation($input: RemoveCertificationRequirementInput!) { removeCertificationRequirement(input: $input) }`;
      const input = { jobRoleId: role, level: 'BASELINE', certificationId: optionalCert.id };
      expect((await t.gql(remove, { input }, t.token(org.manager.subject))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(remove, { input }, hr)).data).toEqual({ removeCertificationRequirement: true });
      const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'CertificationRequirement' AND actor_id = $1 AND before->>'certificationId' = $2 ORDER BY id`, [org.hr.id, optionalCert.id]);
      expect(audit).toEqual([{ action: 'removeCertificationRequirement' }]);
    });
  });
});
