import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg, uniqueName } from '../support/factories';
import { recordCertification } from '../support/certification-factories';
import { startTestApp, TestApp } from '../support/test-app';

const DATES = 'completedOn expiresOn windowOpensOn graceEndsOn';
const PREVIEW = `query($input: PreviewRenewalRulesInput!) { previewRenewalRules(input: $input) {
  __typename ... on RenewalRulesPreview { first { ${DATES} } renewal { ${DATES} } } ... on RenewalRuleError { field message } } }`;
const CREATE = `mutation($input: CreateCertificationInput!) { createCertification(input: $input) {
  __typename ... on Certification { id name } ... on DuplicateNameError { field message existingId } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('certification renewal rules: preview and messages', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2026-06-01T12:00:00Z')));
    org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
  });
  afterAll(() => t.close());

  it('previews a fixed cycle: the first anchor after the minimum active period, and an on-time renewal moving to the next cycle', async () => {
    const rules = { expiryBase: 'FIXED_CYCLE', validityAmount: 1, validityUnit: 'YEARS', anchorMonth: 12, anchorDay: 31, minActiveAmount: 6, minActiveUnit: 'MONTHS', renewalWindowAmount: 2, renewalWindowUnit: 'MONTHS', gracePeriodDays: 30 };
    const res = await t.gql<Any>(PREVIEW, { input: { ...rules, completedOn: '2027-09-15' } }, hr);
    expect(res.data.previewRenewalRules).toEqual({
      __typename: 'RenewalRulesPreview',
      first: { completedOn: '2027-09-15', expiresOn: '2028-12-31', windowOpensOn: '2028-10-31', graceEndsOn: '2029-01-30' },
      renewal: { completedOn: '2028-10-31', expiresOn: '2029-12-31', windowOpensOn: '2029-10-31', graceEndsOn: '2030-01-30' },
    });
  });

  it('a renewal inside the window of a FROM_EXPIRY rule extends from the previous expiry; renewedOn can be chosen', async () => {
    const rules = { expiryBase: 'FROM_EXPIRY', validityAmount: 1, validityUnit: 'YEARS', renewalWindowAmount: 3, renewalWindowUnit: 'MONTHS' };
    const onTime = await t.gql<Any>(PREVIEW, { input: { ...rules, completedOn: '2026-03-10', renewedOn: '2027-01-20' } }, hr);
    expect(onTime.data.previewRenewalRules.renewal).toEqual({ completedOn: '2027-01-20', expiresOn: '2028-03-10', windowOpensOn: '2027-12-10', graceEndsOn: '2028-03-10' });
    const late = await t.gql<Any>(PREVIEW, { input: { ...rules, completedOn: '2026-03-10', renewedOn: '2027-05-01' } }, hr);
    expect(late.data.previewRenewalRules.renewal.expiresOn).toBe('2028-05-01');
  });

  it('the preview gives exactly what recording the certification gives; it starts from a catalog entry and saves nothing', async () => {
    const made = await t.gql<Any>(CREATE, { input: { name: uniqueName('Preview cert'), issuer: 'X', validityAmount: 2, validityUnit: 'YEARS', renewalWindowAmount: 90, renewalWindowUnit: 'DAYS', gracePeriodDays: 14 } }, hr);
    const id = made.data.createCertification.id;
    const preview = await t.gql<Any>(PREVIEW, { input: { certificationId: id, completedOn: '2026-05-20' } }, hr);
    const recorded = await recordCertification(t, hr, { employeeId: org.alice.id, certificationId: id, earnedOn: '2026-05-20' });
    const { completedOn: _c, ...dates } = preview.data.previewRenewalRules.first;
    expect(recorded.data.recordCertification).toMatchObject(dates);
    const tweaked = await t.gql<Any>(PREVIEW, { input: { certificationId: id, completedOn: '2026-05-20', gracePeriodDays: 0 } }, hr);
    expect(tweaked.data.previewRenewalRules.first.graceEndsOn).toBe(dates.expiresOn);
    const [row] = await t.dataSource.query(`SELECT grace_period_days FROM certification WHERE id = $1`, [id]);
    expect(row.grace_period_days).toBe(14);
    const never = await t.gql<Any>(PREVIEW, { input: { completedOn: '2026-05-20' } }, hr);
    expect(never.data.previewRenewalRules).toMatchObject({ first: { expiresOn: null, windowOpensOn: null, graceEndsOn: null }, renewal: null });
    const denied = await t.gql(PREVIEW, { input: { completedOn: '2026-05-20' } }, t.token(org.alice.subject));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('rules that cannot work come back as a sentence naming the field to fix, in the preview and when saving', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ expiryBase: 'FIXED_CYCLE', validityAmount: 1, validityUnit: 'YEARS' }, 'anchorMonth', 'A fixed cycle needs the calendar day every cycle ends on: give both a month and a day.'],
      [{ expiryBase: 'FIXED_CYCLE', validityAmount: 1, validityUnit: 'YEARS', anchorMonth: 2, anchorDay: 30 }, 'anchorDay', 'February has no day 30.'],
      [{ validityAmount: 1, validityUnit: 'YEARS', renewalWindowAmount: 13, renewalWindowUnit: 'MONTHS' }, 'renewalWindowAmount', 'The renewal window must be shorter than the validity period.'],
      [{ validityAmount: 1 }, 'validityUnit', 'The validity period needs both a number and a unit (days, months or years), or neither for a certification that never expires.'],
      [{ anchorMonth: 6, anchorDay: 1 }, 'anchorMonth', 'A calendar anchor only applies to a fixed cycle: remove it or choose a fixed cycle.'],
      [{ gracePeriodDays: null }, 'gracePeriodDays', 'The grace period cannot be empty: use 0 for no grace.'],
    ];
    for (const [rules, field, message] of cases) {
      const preview = await t.gql<Any>(PREVIEW, { input: { ...rules, completedOn: '2026-01-01' } }, hr);
      expect(preview.data.previewRenewalRules).toEqual({ __typename: 'RenewalRuleError', field, message });
      const saved = await t.gql(CREATE, { input: { ...rules, name: uniqueName('Bad rules'), issuer: 'X' } }, hr);
      expect(saved.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('a certification name is trimmed, never blank, and a name taken ignoring case is a DuplicateNameError', async () => {
    const name = uniqueName('Kubernetes Admin');
    const made = await t.gql<Any>(CREATE, { input: { name: ` ${name}  `, issuer: 'CNCF' } }, hr);
    expect(made.data.createCertification.name).toBe(name);
    const dup = await t.gql<Any>(CREATE, { input: { name: name.toLowerCase(), issuer: 'CNCF' } }, hr);
    expect(dup.data.createCertification).toEqual({ __typename: 'DuplicateNameError', field: 'name', existingId: made.data.createCertification.id, message: `A certification named "${name}" already exists.` });
    const blank = await t.gql(CREATE, { input: { name: '  ', issuer: 'CNCF' } }, hr);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});
