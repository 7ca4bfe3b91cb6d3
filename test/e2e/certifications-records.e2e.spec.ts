import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg } from '../support/factories';
import { makeCertification, RECORD_FIELDS, recordCertification } from '../support/certification-factories';
import { startTestApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-01';
const GET = `query($id: ID!) { certificationRecord(id: $id) { ${RECORD_FIELDS} previousRecords { id status expiresOn } employee { id } certification { id name } } }`;
const EXTEND = `mutation($input: ExtendCertificationInput!) { extendCertification(input: $input) {
  __typename ... on CertificationRecord { ${RECORD_FIELDS} } ... on ExtensionNotAfterExpiryError { field message } ... on RecordNotCurrentError { message } } }`;
const REVOKE = `mutation($input: RevokeCertificationInput!) { revokeCertification(input: $input) {
  __typename ... on CertificationRecord { ${RECORD_FIELDS} } ... on AlreadyRevokedError { message } } }`;

describe('certification records (GraphQL, today fixed at 2026-06-01)', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;

  const auditCount = async (entityId: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_entry WHERE entity_id = $1 AND outcome = 'OK'`, [entityId]))[0].n);
  const recordCount = async (employeeId: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM certification_record WHERE employee_id = $1`, [employeeId]))[0].n);
  const award = async (employeeId: string, certificationId: string, earnedOn: string, token = hr) => {
    const res = await recordCertification(t, token, { employeeId, certificationId, earnedOn });
    expect(res.errors).toBeUndefined();
    return res.data.recordCertification;
  };

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-06-01T12:00:00Z')));
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  describe('reading by id', () => {
    let aliceRecord: string;
    let outsiderRecord: string;
    beforeAll(async () => {
      const cert = await makeCertification(t.dataSource);
      aliceRecord = (await award(org.alice.id, cert.id, '2026-01-10')).id;
      outsiderRecord = (await award(org.outsider.id, cert.id, '2026-01-10')).id;
    });

    it('an employee reads their own record, but a peer\'s looks exactly like a missing id', async () => {
      const bobRecord = (await award(org.bob.id, (await makeCertification(t.dataSource)).id, '2026-01-10')).id;
      const alice = t.token(org.alice.subject);
      expect((await t.gql(GET, { id: aliceRecord }, alice)).data).toMatchObject({ certificationRecord: { id: aliceRecord, employee: { id: org.alice.id } } });
      const peer = await t.gql(GET, { id: bobRecord }, alice);
      const missing = await t.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, alice);
      expect(peer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(peer.errors?.[0].message).toBe(missing.errors?.[0].message);
      expect(peer.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
      expect(peer.data).toEqual(missing.data);
    });

    it('a manager reads a skip-level report\'s record but nothing outside their line', async () => {
      const director = t.token(org.director.subject);
      expect((await t.gql(GET, { id: aliceRecord }, director)).data).toMatchObject({ certificationRecord: { id: aliceRecord } });
      expect((await t.gql(GET, { id: outsiderRecord }, director)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(GET, { id: outsiderRecord }, t.token(org.manager.subject))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('HR reads every record', async () => {
      for (const id of [aliceRecord, outsiderRecord]) expect((await t.gql(GET, { id }, hr)).data).toMatchObject({ certificationRecord: { id } });
    });

    it('certificationRecords(employeeId) of someone out of sight is NOT_FOUND, as a missing employee is; HR sees theirs', async () => {
      const q = `query($e: ID) { certificationRecords(employeeId: $e, first: 50) { totalCount nodes { id } } }`;
      const asAlice = await t.gql<{ certificationRecords: { nodes: { id: string }[] } }>(q, { e: org.outsider.id }, t.token(org.alice.subject));
      expect(asAlice.errors?.[0]).toMatchObject({ message: 'Employee not found', extensions: { code: 'NOT_FOUND' } });
      const missing = await t.gql(q, { e: randomUUID() }, t.token(org.alice.subject));
      expect(missing.errors?.[0]).toMatchObject({ message: 'Employee not found', extensions: { code: 'NOT_FOUND' } });
      const asHr = await t.gql<{ certificationRecords: { nodes: { id: string }[] } }>(q, { e: org.outsider.id }, hr);
      expect(asHr.data.certificationRecords.nodes.map((n) => n.id)).toEqual([outsiderRecord]);
    });
  });

  describe('status for today', () => {
    it('computes ACTIVE, RENEWAL_DUE, IN_GRACE and EXPIRED from the stored dates (1 YEARS, 2 MONTHS window, 30 days grace)', async () => {
      const cases: Array<[string, string, number]> = [
        ['2026-01-01', 'ACTIVE', 214],
        ['2025-07-01', 'RENEWAL_DUE', 30],
        ['2025-05-20', 'IN_GRACE', -12],
        ['2025-01-01', 'EXPIRED', -151],
      ];
      for (const [earnedOn, status, daysLeft] of cases) {
        const cert = await makeCertification(t.dataSource);
        const r = await award(org.alice.id, cert.id, earnedOn);
        expect(r).toMatchObject({ status, daysLeft });
        const read = await t.gql<{ certificationRecord: Record<string, unknown> }>(GET, { id: r.id }, hr);
        expect(read.data.certificationRecord).toMatchObject({ status, daysLeft, effectiveDeadline: r.expiresOn });
      }
      const due = await award(org.bob.id, (await makeCertification(t.dataSource)).id, '2025-07-01');
      expect(due).toMatchObject({ expiresOn: '2026-07-01', windowOpensOn: '2026-05-01', graceEndsOn: '2026-07-31' });
    });

    it('a renewal supersedes the current record; a revocation shows REVOKED', async () => {
      const cert = await makeCertification(t.dataSource);
      const first = await award(org.bob.id, cert.id, '2025-07-01');
      const second = await award(org.bob.id, cert.id, '2026-05-15');
      expect(second).toMatchObject({ renewsId: first.id, status: 'ACTIVE', expiresOn: '2027-05-15' });
      const old = await t.gql<{ certificationRecord: Record<string, unknown> }>(GET, { id: first.id }, hr);
      expect(old.data.certificationRecord).toMatchObject({ status: 'SUPERSEDED', supersededById: second.id, expiresOn: '2026-07-01' });
      const revoked = await t.gql<{ revokeCertification: Record<string, unknown> }>(REVOKE, { input: { recordId: second.id, reason: 'Credential withdrawn by issuer' } }, hr);
      expect(revoked.data.revokeCertification).toMatchObject({ __typename: 'CertificationRecord', status: 'REVOKED', revokeReason: 'Credential withdrawn by issuer' });
    });

    it('myCertifications shows status, days left and what renewing takes', async () => {
      const cert = await makeCertification(t.dataSource);
      const me = await makeOrg(t.dataSource);
      await award(me.alice.id, cert.id, '2025-07-01');
      const res = await t.gql<{ myCertifications: Record<string, unknown>[] }>(
        `{ myCertifications { status daysLeft effectiveDeadline renewalRequirements studyGuideUrl estimatedHours costAmount costCurrency payoff certification { name } } }`,
        {},
        t.token(me.alice.subject),
      );
      expect(res.data.myCertifications).toEqual([
        { status: 'RENEWAL_DUE', daysLeft: 30, effectiveDeadline: '2026-07-01', renewalRequirements: '20 CPE credits', studyGuideUrl: 'https://example.test/guide', estimatedHours: 12.5, costAmount: 300, costCurrency: 'EUR', payoff: 'Pay step 1', certification: { name: cert.name } },
      ]);
    });
  });

  describe('renewal chain', () => {
    it('a FROM_EXPIRY renewal inside the window extends from the previous expiry, and the chain is kept', async () => {
      const cert = await makeCertification(t.dataSource, { expiryBase: 'FROM_EXPIRY', renewalWindowAmount: 3, gracePeriodDays: 0 });
      const first = await award(org.alice.id, cert.id, '2025-08-01');
      expect(first).toMatchObject({ expiresOn: '2026-08-01', windowOpensOn: '2026-05-01', status: 'RENEWAL_DUE' });
      const second = await award(org.alice.id, cert.id, '2026-05-20');
      expect(second).toMatchObject({ expiresOn: '2027-08-01', renewsId: first.id });
      const third = await award(org.alice.id, cert.id, '2026-05-31');
      expect(third.expiresOn).toBe('2027-05-31'); // before the window of the second record: counts from completion
      const read = await t.gql<{ certificationRecord: { previousRecords: { id: string; status: string }[] } }>(GET, { id: third.id }, hr);
      expect(read.data.certificationRecord.previousRecords).toEqual([
        { id: second.id, status: 'SUPERSEDED', expiresOn: '2027-08-01' },
        { id: first.id, status: 'SUPERSEDED', expiresOn: '2026-08-01' },
      ]);
    });

    it('a renewal earned before the current record is refused and changes nothing', async () => {
      const cert = await makeCertification(t.dataSource);
      const first = await award(org.bob.id, cert.id, '2026-03-01');
      const before = await recordCount(org.bob.id);
      const res = await recordCertification(t, hr, { employeeId: org.bob.id, certificationId: cert.id, earnedOn: '2026-02-01' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'earnedOn' });
      expect(await recordCount(org.bob.id)).toBe(before);
      expect(await auditCount(first.id)).toBe(1);
    });
  });

  describe('extension', () => {
    it('a manager in the line moves the deadline with a reason; grace counts from the new deadline', async () => {
      const cert = await makeCertification(t.dataSource);
      const r = await award(org.alice.id, cert.id, '2025-05-20');
      expect(r.status).toBe('IN_GRACE');
      const res = await t.gql<{ extendCertification: Record<string, unknown> }>(
        EXTEND, { input: { recordId: r.id, extendedUntil: '2026-07-01', reason: 'Exam centre closed' } }, t.token(org.director.subject));
      expect(res.data.extendCertification).toMatchObject({
        __typename: 'CertificationRecord', status: 'RENEWAL_DUE', daysLeft: 30, expiresOn: '2026-05-20', extendedUntil: '2026-07-01',
        effectiveDeadline: '2026-07-01', graceEndsOn: '2026-07-31', extensionReason: 'Exam centre closed',
      });
      expect(await auditCount(r.id)).toBe(2);
    });

    it('an extension not after the expiry is a business error and writes nothing; the employee cannot extend their own', async () => {
      const cert = await makeCertification(t.dataSource);
      const r = await award(org.alice.id, cert.id, '2025-07-01');
      const early = await t.gql<{ extendCertification: Record<string, unknown> }>(EXTEND, { input: { recordId: r.id, extendedUntil: '2026-07-01', reason: 'Too early' } }, hr);
      expect(early.data.extendCertification).toMatchObject({ __typename: 'ExtensionNotAfterExpiryError', field: 'extendedUntil' });
      const self = await t.gql(EXTEND, { input: { recordId: r.id, extendedUntil: '2026-09-01', reason: 'I want more time' } }, t.token(org.alice.subject));
      expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const outside = await t.gql(EXTEND, { input: { recordId: r.id, extendedUntil: '2026-09-01', reason: 'Not my team' } }, t.token(org.otherManager.subject));
      expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql<{ certificationRecord: { extendedUntil: string | null } }>(GET, { id: r.id }, hr)).data.certificationRecord.extendedUntil).toBeNull();
      expect(await auditCount(r.id)).toBe(1);
    });
  });

  describe('revocation', () => {
    it('requires HR and a reason; revoking twice is a business error', async () => {
      const cert = await makeCertification(t.dataSource);
      const r = await award(org.alice.id, cert.id, '2026-01-10');
      const asManager = await t.gql(REVOKE, { input: { recordId: r.id, reason: 'Fraud suspected' } }, t.token(org.manager.subject));
      expect(asManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const noReason = await t.gql(REVOKE, { input: { recordId: r.id, reason: '' } }, hr);
      expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(await auditCount(r.id)).toBe(1);
      const ok = await t.gql<{ revokeCertification: Record<string, unknown> }>(REVOKE, { input: { recordId: r.id, reason: 'Fraud confirmed' } }, hr);
      expect(ok.data.revokeCertification).toMatchObject({ status: 'REVOKED' });
      const again = await t.gql<{ revokeCertification: Record<string, unknown> }>(REVOKE, { input: { recordId: r.id, reason: 'Fraud confirmed' } }, hr);
      expect(again.data.revokeCertification).toMatchObject({ __typename: 'AlreadyRevokedError' });
      expect(await auditCount(r.id)).toBe(2);
    });
  });

  describe('recording', () => {
    it('a manager records for their line; an employee cannot record for themselves; an outsider is not found', async () => {
      const cert = await makeCertification(t.dataSource);
      const byManager = await recordCertification(t, t.token(org.manager.subject), { employeeId: org.alice.id, certificationId: cert.id, earnedOn: '2026-05-01' });
      expect(byManager.data.recordCertification).toMatchObject({ __typename: 'CertificationRecord', employeeId: org.alice.id });
      const self = await recordCertification(t, t.token(org.bob.subject), { employeeId: org.bob.id, certificationId: cert.id, earnedOn: '2026-05-01' });
      expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const outside = await recordCertification(t, t.token(org.manager.subject), { employeeId: org.outsider.id, certificationId: cert.id, earnedOn: '2026-05-01' });
      expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('every change writes an audit entry with before and after', async () => {
      const cert = await makeCertification(t.dataSource);
      const first = await award(org.bob.id, cert.id, '2025-07-01');
      const second = await award(org.bob.id, cert.id, '2026-05-20');
      const rows = await t.dataSource.query(`SELECT action, entity_id, actor_id FROM audit_entry WHERE entity_id = ANY($1) ORDER BY id`, [[first.id, second.id]]);
      expect(rows).toEqual([
        { action: 'recordCertification', entity_id: first.id, actor_id: org.hr.id },
        { action: 'supersedeCertificationRecord', entity_id: first.id, actor_id: org.hr.id },
        { action: 'recordCertification', entity_id: second.id, actor_id: org.hr.id },
      ]);
    });

    it('a bad URL names the field and a duplicate credential is a business error; neither writes anything but its refusal', async () => {
      const cert = await makeCertification(t.dataSource);
      const o = await makeOrg(t.dataSource);
      const bad = await recordCertification(t, hr, { employeeId: o.alice.id, certificationId: cert.id, earnedOn: '2026-05-01', credentialUrl: 'not a url' });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'credentialUrl' });
      expect(await recordCount(o.alice.id)).toBe(0);
      const credentialId = `CRED-${o.alice.id}`;
      const ok = await recordCertification(t, hr, { employeeId: o.alice.id, certificationId: cert.id, earnedOn: '2026-05-01', credentialId, credentialUrl: 'https://issuer.example/verify/1' });
      expect(ok.data.recordCertification).toMatchObject({ __typename: 'CertificationRecord', credentialId });
      const auditBefore = Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_entry WHERE actor_id = $1`, [org.hr.id]))[0].n);
      const dup = await recordCertification(t, hr, { employeeId: o.bob.id, certificationId: cert.id, earnedOn: '2026-05-02', credentialId });
      expect(dup.data.recordCertification).toMatchObject({ __typename: 'DuplicateCredentialError', field: 'credentialId' });
      expect(await recordCount(o.bob.id)).toBe(0);
      const after = await t.dataSource.query(`SELECT outcome, detail->>'result' AS result FROM audit_entry WHERE actor_id = $1 ORDER BY id OFFSET $2`, [org.hr.id, auditBefore]);
      expect(after).toEqual([{ outcome: 'REFUSED', result: 'DuplicateCredentialError' }]);
    });

    it('an award in the future is refused', async () => {
      const res = await recordCertification(t, hr, { employeeId: org.alice.id, certificationId: (await makeCertification(t.dataSource)).id, earnedOn: '2026-06-02' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'earnedOn' });
      expect(TODAY < '2026-06-02').toBe(true);
    });
  });
});
