import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg } from '../support/factories';
import { ATTEMPT_FIELDS, makeCertification, recordAttempt, recordCertification } from '../support/certification-factories';
import { startTestApp, TestApp } from '../support/test-app';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const LIST = `query($e: ID!, $c: ID) { certificationAttempts(employeeId: $e, certificationId: $c) { ${ATTEMPT_FIELDS} certification { id } } }`;

describe('certification attempts (GraphQL, today fixed at 2026-06-01)', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;

  const attemptsOf = async (certificationId: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM certification_attempt WHERE certification_id = $1`, [certificationId]))[0].n);
  const attempt = async (token: string, input: Parameters<typeof recordAttempt>[2]) => {
    const res = await recordAttempt(t, token, input);
    expect(res.errors).toBeUndefined();
    return res.data.recordCertificationAttempt;
  };
  const award = async (employeeId: string, certificationId: string, earnedOn: string) => {
    const res = await recordCertification(t, hr, { employeeId, certificationId, earnedOn });
    expect(res.errors).toBeUndefined();
    return res.data.recordCertification.id;
  };

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-06-01T12:00:00Z')));
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  it('the employee self-reports, a manager in the line or HR records; the catalog currency goes with a cost; audited', async () => {
    const cert = await makeCertification(t.dataSource);
    const own = await attempt(t.token(org.alice.subject), { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2026-03-01', passed: false, score: 61.5 });
    expect(own).toMatchObject({ __typename: 'CertificationAttempt', passed: false, score: 61.5, costAmount: null, costCurrency: null, recordId: null, recordedById: org.alice.id, selfReported: true });
    const byDirector = await attempt(t.token(org.director.subject), { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2026-04-01', passed: false, costAmount: 150 });
    expect(byDirector).toMatchObject({ costAmount: 150, costCurrency: 'EUR', selfReported: false, recordedById: org.director.id });
    const byHr = await attempt(hr, { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2026-05-01', passed: true, costAmount: 99.9, costCurrency: 'USD' });
    expect(byHr).toMatchObject({ passed: true, costAmount: 99.9, costCurrency: 'USD' });
    const [audit] = await t.dataSource.query(`SELECT action, actor_id FROM audit_entry WHERE entity_id = $1`, [own.id]);
    expect(audit).toEqual({ action: 'recordCertificationAttempt', actor_id: org.alice.id });

    const list = await t.gql<Any>(LIST, { e: org.alice.id, c: cert.id }, t.token(org.manager.subject));
    expect(list.errors).toBeUndefined();
    expect(list.data.certificationAttempts.map((a: Any) => a.attemptedOn)).toEqual(['2026-05-01', '2026-04-01', '2026-03-01']);
    expect(list.data.certificationAttempts[0].certification).toEqual({ id: cert.id });
  });

  it("someone outside the line gets NOT_FOUND, like a missing employee, and nothing is written; a peer's attempts are not visible", async () => {
    const cert = await makeCertification(t.dataSource);
    const input = { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2026-03-01', passed: true };
    const missing = await recordAttempt(t, t.token(org.otherManager.subject), { ...input, employeeId: '00000000-0000-4000-8000-000000000000' });
    for (const who of [org.otherManager, org.bob, org.outsider]) {
      const res = await recordAttempt(t, t.token(who.subject), input);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe(missing.errors?.[0].message);
      const list = await t.gql(LIST, { e: org.alice.id }, t.token(who.subject));
      expect(list.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await attemptsOf(cert.id)).toBe(0);
  });

  it('bad input names the field and writes nothing; a second attempt on the same day is a DuplicateAttemptError', async () => {
    const cert = await makeCertification(t.dataSource);
    const ok = { employeeId: org.bob.id, certificationId: cert.id, attemptedOn: '2026-05-20', passed: false };
    const cases: Array<[Any, string]> = [
      [{ attemptedOn: '2026-06-02' }, 'attemptedOn'],
      [{ certificationId: '00000000-0000-4000-8000-000000000000' }, 'certificationId'],
      [{ employeeId: '00000000-0000-4000-8000-000000000000' }, 'employeeId'],
      [{ costAmount: -1 }, 'costAmount'],
      [{ costAmount: 1.234 }, 'costAmount'],
      [{ costCurrency: 'EUR' }, 'costCurrency'],
      [{ costAmount: 10, costCurrency: 'euro' }, 'costCurrency'],
      [{ score: -5 }, 'score'],
    ];
    for (const [change, field] of cases) {
      const res = await recordAttempt(t, hr, { ...ok, ...change });
      expect([field, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    expect(await attemptsOf(cert.id)).toBe(0);
    await attempt(t.token(org.bob.subject), ok);
    const again = await attempt(hr, { ...ok, passed: true });
    expect(again).toMatchObject({ __typename: 'DuplicateAttemptError', field: 'attemptedOn' });
    expect(await attemptsOf(cert.id)).toBe(1);
  });

  it('a pass and its award are linked whichever comes first; a failed attempt never is; an award is never linked twice', async () => {
    const cert = await makeCertification(t.dataSource);
    const manager = t.token(org.manager.subject);
    // Pass first, award later (within the window): the award takes the latest pass before it, not the failure.
    const failed = await attempt(manager, { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2025-01-10', passed: false });
    const passed = await attempt(manager, { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2025-02-10', passed: true });
    expect(passed.recordId).toBeNull();
    const first = await award(org.alice.id, cert.id, '2025-02-20');
    // Award first (a renewal), pass recorded afterwards: the pass takes that award.
    const renewal = await award(org.alice.id, cert.id, '2026-02-01');
    const late = await attempt(t.token(org.alice.subject), { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2026-01-25', passed: true });
    expect(late.recordId).toBe(renewal);
    // Another pass before the renewal finds it taken; one far from any award stays unlinked.
    const extra = await attempt(hr, { employeeId: org.alice.id, certificationId: cert.id, attemptedOn: '2026-01-20', passed: true });
    expect(extra.recordId).toBeNull();
    const list = await t.gql<Any>(LIST, { e: org.alice.id, c: cert.id }, hr);
    const byId = new Map(list.data.certificationAttempts.map((a: Any) => [a.id, a.recordId]));
    expect([byId.get(failed.id), byId.get(passed.id), byId.get(late.id), byId.get(extra.id)]).toEqual([null, first, renewal, null]);

    const bobCert = await makeCertification(t.dataSource);
    await attempt(hr, { employeeId: org.bob.id, certificationId: bobCert.id, attemptedOn: '2025-01-01', passed: true });
    await award(org.bob.id, bobCert.id, '2025-12-01');
    expect((await t.gql<Any>(LIST, { e: org.bob.id, c: bobCert.id }, hr)).data.certificationAttempts[0].recordId).toBeNull();
  });
});
