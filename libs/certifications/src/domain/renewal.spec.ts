import { DateTime } from 'luxon';
import {
  applyExtension,
  CertificationRecordDates,
  CertificationStatus,
  computeCycle,
  CycleDates,
  daysLeft,
  orgDate,
  PreviousCycle,
  RenewalPolicy,
  statusAt,
  statusOn,
  validatePolicy,
} from './index';

const annual: RenewalPolicy = {
  validity: { amount: 1, unit: 'YEARS' },
  renewalWindow: { amount: 2, unit: 'MONTHS' },
  gracePeriodDays: 30,
  expiryBase: 'FROM_COMPLETION',
};
const monthly: RenewalPolicy = { ...annual, validity: { amount: 1, unit: 'MONTHS' }, renewalWindow: { amount: 7, unit: 'DAYS' }, gracePeriodDays: 0 };
const neverExpires: RenewalPolicy = { ...annual, validity: null, renewalWindow: null };
const fromExpiry: RenewalPolicy = { ...annual, renewalWindow: { amount: 3, unit: 'MONTHS' }, gracePeriodDays: 30, expiryBase: 'FROM_EXPIRY' };
const fixedJan1: RenewalPolicy = {
  ...annual,
  renewalWindow: { amount: 1, unit: 'MONTHS' },
  gracePeriodDays: 0,
  expiryBase: 'FIXED_CYCLE',
  fixedCycleAnchor: { month: 1, day: 1 },
  minimumActivePeriod: { amount: 3, unit: 'MONTHS' },
};
// previous record of the FROM_EXPIRY cases: window opens 2025-03-30, grace ends 2025-07-30
const prevJune: PreviousCycle = { expiresOn: '2025-06-30' };

const dates = (expiresOn: string | null, windowOpensOn: string | null, graceEndsOn: string | null): CycleDates => ({ expiresOn, windowOpensOn, graceEndsOn });

describe('computeCycle', () => {
  it.each<[string, RenewalPolicy, string, PreviousCycle | null, CycleDates]>([
    ['FROM_COMPLETION: completion + 1 year, window 2 months, grace 30 days', annual, '2024-03-10', null, dates('2025-03-10', '2025-01-10', '2025-04-09')],
    ['FROM_COMPLETION ignores the previous record', annual, '2024-03-10', { expiresOn: '2024-05-01' }, dates('2025-03-10', '2025-01-10', '2025-04-09')],
    ['month end: 31 Jan + 1 month = 28 Feb (common year)', monthly, '2023-01-31', null, dates('2023-02-28', '2023-02-21', '2023-02-28')],
    ['month end: 31 Jan + 1 month = 29 Feb (leap year)', monthly, '2024-01-31', null, dates('2024-02-29', '2024-02-22', '2024-02-29')],
    ['leap day: 29 Feb 2024 + 1 year = 28 Feb 2025', annual, '2024-02-29', null, dates('2025-02-28', '2024-12-28', '2025-03-30')],
    ['leap day: 29 Feb 2024 + 4 years = 29 Feb 2028', { ...annual, validity: { amount: 4, unit: 'YEARS' } }, '2024-02-29', null, dates('2028-02-29', '2027-12-29', '2028-03-30')],
    ['window in months clamps backwards: 31 Mar - 1 month = 28 Feb', { ...annual, renewalWindow: { amount: 1, unit: 'MONTHS' } }, '2024-03-31', null, dates('2025-03-31', '2025-02-28', '2025-04-30')],
    ['validity in days across the year end', { ...annual, validity: { amount: 90, unit: 'DAYS' }, renewalWindow: { amount: 14, unit: 'DAYS' }, gracePeriodDays: 0 }, '2024-12-15', null, dates('2025-03-15', '2025-03-01', '2025-03-15')],
    ['no renewal window: windowOpensOn is null', { ...annual, renewalWindow: null }, '2024-03-10', null, dates('2025-03-10', null, '2025-04-09')],
    ['never expires: all dates null', neverExpires, '2024-03-10', null, dates(null, null, null)],
    ['FROM_EXPIRY first certification counts from completion', fromExpiry, '2025-05-15', null, dates('2026-05-15', '2026-02-15', '2026-06-14')],
    ['FROM_EXPIRY previous never expired counts from completion', fromExpiry, '2025-05-15', { expiresOn: null }, dates('2026-05-15', '2026-02-15', '2026-06-14')],
    ['FROM_EXPIRY renewing the day before the window opens gains nothing', fromExpiry, '2025-03-29', prevJune, dates('2026-03-29', '2025-12-29', '2026-04-28')],
    ['FROM_EXPIRY renewing the day the window opens extends from expiry', fromExpiry, '2025-03-30', prevJune, dates('2026-06-30', '2026-03-30', '2026-07-30')],
    ['FROM_EXPIRY renewing inside the window extends from expiry', fromExpiry, '2025-05-15', prevJune, dates('2026-06-30', '2026-03-30', '2026-07-30')],
    ['FROM_EXPIRY renewing on the last valid day extends from expiry', fromExpiry, '2025-06-30', prevJune, dates('2026-06-30', '2026-03-30', '2026-07-30')],
    ['FROM_EXPIRY renewing in grace counts from completion', fromExpiry, '2025-07-10', prevJune, dates('2026-07-10', '2026-04-10', '2026-08-09')],
    ['FROM_EXPIRY renewing after expiry counts from completion', fromExpiry, '2025-09-01', prevJune, dates('2026-09-01', '2026-06-01', '2026-10-01')],
    ['FROM_EXPIRY renewing during an extension keeps the original base', fromExpiry, '2025-08-01', { expiresOn: '2025-06-30', extendedUntil: '2025-08-31' }, dates('2026-06-30', '2026-03-30', '2026-07-30')],
    ['FROM_EXPIRY renewing after the extended deadline counts from completion', fromExpiry, '2025-09-01', { expiresOn: '2025-06-30', extendedUntil: '2025-08-31' }, dates('2026-09-01', '2026-06-01', '2026-10-01')],
    ['FIXED_CYCLE: next 1 January, minimum active period met', fixedJan1, '2024-06-15', null, dates('2025-01-01', '2024-12-01', '2025-01-01')],
    ['FIXED_CYCLE: completed exactly the minimum period before the anchor', fixedJan1, '2024-10-01', null, dates('2025-01-01', '2024-12-01', '2025-01-01')],
    ['FIXED_CYCLE: next anchor inside the minimum active period -> following anchor', fixedJan1, '2024-10-02', null, dates('2026-01-01', '2025-12-01', '2026-01-01')],
    ['FIXED_CYCLE: completed on the anchor day -> strictly after', { ...fixedJan1, minimumActivePeriod: null }, '2025-01-01', null, dates('2026-01-01', '2025-12-01', '2026-01-01')],
    ['FIXED_CYCLE: the previous record is ignored', fixedJan1, '2024-06-15', { expiresOn: '2024-12-31' }, dates('2025-01-01', '2024-12-01', '2025-01-01')],
    ['FIXED_CYCLE: 6-month cycle from 1 January', { ...fixedJan1, validity: { amount: 6, unit: 'MONTHS' }, minimumActivePeriod: { amount: 1, unit: 'MONTHS' } }, '2024-02-10', null, dates('2024-07-01', '2024-06-01', '2024-07-01')],
    ['FIXED_CYCLE: monthly anchor on the 31st clamps to 29 Feb', { ...fixedJan1, validity: { amount: 1, unit: 'MONTHS' }, renewalWindow: { amount: 7, unit: 'DAYS' }, fixedCycleAnchor: { month: 1, day: 31 }, minimumActivePeriod: null }, '2024-02-10', null, dates('2024-02-29', '2024-02-22', '2024-02-29')],
    ['FIXED_CYCLE: monthly anchor on the 31st does not drift after February', { ...fixedJan1, validity: { amount: 1, unit: 'MONTHS' }, renewalWindow: { amount: 7, unit: 'DAYS' }, fixedCycleAnchor: { month: 1, day: 31 }, minimumActivePeriod: null }, '2025-03-05', null, dates('2025-03-31', '2025-03-24', '2025-03-31')],
    ['FIXED_CYCLE: 2-year cycle aligned to the anchor year', { ...fixedJan1, validity: { amount: 2, unit: 'YEARS' }, fixedCycleAnchor: { month: 4, day: 1, year: 2025 }, minimumActivePeriod: null }, '2024-05-01', null, dates('2025-04-01', '2025-03-01', '2025-04-01')],
    ['FIXED_CYCLE: 2-year cycle, minimum 1 year skips to the following anchor', { ...fixedJan1, validity: { amount: 2, unit: 'YEARS' }, fixedCycleAnchor: { month: 4, day: 1, year: 2025 }, minimumActivePeriod: { amount: 1, unit: 'YEARS' } }, '2024-05-01', null, dates('2027-04-01', '2027-03-01', '2027-04-01')],
    ['FIXED_CYCLE: completed on 29 Feb, anchor 28 Feb', { ...fixedJan1, fixedCycleAnchor: { month: 2, day: 28 }, minimumActivePeriod: null }, '2024-02-29', null, dates('2025-02-28', '2025-01-28', '2025-02-28')],
    ['FIXED_CYCLE: completion long before the anchor year 2000', { ...fixedJan1, minimumActivePeriod: null }, '1995-07-01', null, dates('1996-01-01', '1995-12-01', '1996-01-01')],
  ])('%s', (_name, policy, completedOn, previous, expected) => {
    expect(computeCycle(policy, completedOn, previous)).toEqual(expected);
  });

  it.each([
    ['an invalid calendar date', annual, '2025-02-30'],
    ['a date with a time part', annual, '2025-02-01T10:00'],
    ['an invalid policy', { ...annual, gracePeriodDays: -1 }, '2025-02-01'],
  ])('rejects %s', (_name, policy, completedOn) => {
    expect(() => computeCycle(policy, completedOn)).toThrow(RangeError);
  });
});

// completed 2024-03-15, 1 YEARS, window 1 MONTHS, grace 14 days
const cycle = computeCycle({ ...annual, renewalWindow: { amount: 1, unit: 'MONTHS' }, gracePeriodDays: 14 }, '2024-03-15');
const extended = applyExtension({ ...annual, gracePeriodDays: 14 }, cycle, '2025-04-30');
const noWindow = computeCycle({ ...annual, renewalWindow: null, gracePeriodDays: 0 }, '2024-03-15');
const forever = computeCycle(neverExpires, '2024-03-15');

describe('statusOn', () => {
  it('stores the expected dates', () => {
    expect(cycle).toEqual(dates('2025-03-15', '2025-02-15', '2025-03-29'));
    expect(extended).toEqual({ ...dates('2025-03-15', '2025-02-15', '2025-05-14'), extendedUntil: '2025-04-30' });
  });

  it.each<[string, CertificationRecordDates, string, CertificationStatus]>([
    ['completion day', cycle, '2024-03-15', 'ACTIVE'],
    ['day before the window opens', cycle, '2025-02-14', 'ACTIVE'],
    ['window opening day', cycle, '2025-02-15', 'RENEWAL_DUE'],
    ['last valid day (expiresOn is inclusive)', cycle, '2025-03-15', 'RENEWAL_DUE'],
    ['day after expiresOn', cycle, '2025-03-16', 'IN_GRACE'],
    ['last grace day', cycle, '2025-03-29', 'IN_GRACE'],
    ['day after grace', cycle, '2025-03-30', 'EXPIRED'],
    ['revoked while active', { ...cycle, revoked: true }, '2024-06-01', 'REVOKED'],
    ['revoked beats superseded', { ...cycle, revoked: true, superseded: true }, '2025-03-20', 'REVOKED'],
    ['superseded beats grace', { ...cycle, superseded: true }, '2025-03-20', 'SUPERSEDED'],
    ['superseded beats expired', { ...cycle, superseded: true }, '2026-01-01', 'SUPERSEDED'],
    ['never expires, far future', forever, '2099-12-31', 'ACTIVE'],
    ['never expires but revoked', { ...forever, revoked: true }, '2099-12-31', 'REVOKED'],
    ['never expires but superseded', { ...forever, superseded: true }, '2030-01-01', 'SUPERSEDED'],
    ['no window: last valid day stays ACTIVE', noWindow, '2025-03-15', 'ACTIVE'],
    ['grace 0: EXPIRED the day after expiresOn', noWindow, '2025-03-16', 'EXPIRED'],
    ['extension: window still opens relative to the original expiry', extended, '2025-02-15', 'RENEWAL_DUE'],
    ['extension: day before the original window is ACTIVE', extended, '2025-02-14', 'ACTIVE'],
    ['extension: after the original expiry, still RENEWAL_DUE', extended, '2025-03-16', 'RENEWAL_DUE'],
    ['extension: extended deadline is the last valid day', extended, '2025-04-30', 'RENEWAL_DUE'],
    ['extension: grace counts from the extended deadline', extended, '2025-05-01', 'IN_GRACE'],
    ['extension: last grace day after the extension', extended, '2025-05-14', 'IN_GRACE'],
    ['extension: expired after the moved grace', extended, '2025-05-15', 'EXPIRED'],
  ])('%s', (_name, record, onDate, expected) => {
    expect(statusOn(record, onDate)).toBe(expected);
  });
});

describe('applyExtension', () => {
  it.each([
    ['a never-expiring record', forever, '2030-01-01'],
    ['a deadline on the original expiry', cycle, '2025-03-15'],
    ['a deadline before the original expiry', cycle, '2025-03-01'],
    ['an invalid date', cycle, '2025-04-31'],
  ])('rejects %s', (_name, record, until) => {
    expect(() => applyExtension(annual, record, until)).toThrow(RangeError);
  });
});

describe('daysLeft', () => {
  it.each<[string, CertificationRecordDates, string, number | null]>([
    ['a month before expiry', cycle, '2025-02-15', 28],
    ['on the last valid day', cycle, '2025-03-15', 0],
    ['the day after expiry', cycle, '2025-03-16', -1],
    ['counts to the extended deadline', extended, '2025-03-16', 45],
    ['across a leap day', computeCycle(annual, '2023-03-01'), '2024-02-28', 2],
    ['never expires', forever, '2030-01-01', null],
  ])('%s', (_name, record, onDate, expected) => {
    expect(daysLeft(record, onDate)).toBe(expected);
  });
});

describe('orgDate and statusAt (instant -> org-zone calendar date)', () => {
  it.each<[string, Date | DateTime, string, string]>([
    ['Berlin: 00:30 CET on the spring-forward day', new Date('2025-03-29T23:30:00Z'), 'Europe/Berlin', '2025-03-30'],
    ['Berlin: last second of the 23-hour day', new Date('2025-03-30T21:59:59Z'), 'Europe/Berlin', '2025-03-30'],
    ['Berlin: 00:30 CEST after spring forward, UTC still the day before', new Date('2025-03-30T22:30:00Z'), 'Europe/Berlin', '2025-03-31'],
    ['Berlin: last second of the 25-hour fall-back day', new Date('2025-10-26T22:59:59Z'), 'Europe/Berlin', '2025-10-26'],
    ['Berlin: midnight CET after fall back', new Date('2025-10-26T23:00:00Z'), 'Europe/Berlin', '2025-10-27'],
    ['New York: 23:59:59 EDT on the spring-forward day, UTC next day', new Date('2025-03-10T03:59:59Z'), 'America/New_York', '2025-03-09'],
    ['New York: midnight EDT after spring forward', new Date('2025-03-10T04:00:00Z'), 'America/New_York', '2025-03-10'],
    ['New York: 23:59:59 EST on the fall-back day', new Date('2025-11-03T04:59:59Z'), 'America/New_York', '2025-11-02'],
    ['Auckland: 00:30 NZDT, UTC date is the day before', new Date('2025-01-14T11:30:00Z'), 'Pacific/Auckland', '2025-01-15'],
    ['Auckland: 23:59 NZST after the April fall back', new Date('2025-04-06T11:59:00Z'), 'Pacific/Auckland', '2025-04-06'],
    ['Kiritimati (UTC+14): new year while UTC is still 31 December', new Date('2024-12-31T10:00:00Z'), 'Pacific/Kiritimati', '2025-01-01'],
    ['Honolulu (UTC-10): still 31 December while UTC is 1 January', new Date('2025-01-01T05:00:00Z'), 'Pacific/Honolulu', '2024-12-31'],
    ['luxon DateTime in another zone', DateTime.fromISO('2025-03-30T00:30', { zone: 'Europe/Berlin' }), 'America/New_York', '2025-03-29'],
  ])('%s', (_name, instant, zone, expected) => {
    expect(orgDate(instant, zone)).toBe(expected);
  });

  it('rejects an unknown zone and an invalid Date', () => {
    expect(() => orgDate(new Date('2025-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => orgDate(new Date('nope'), 'Europe/Berlin')).toThrow(RangeError);
  });

  // expires 2025-03-30 (last valid day), no grace
  const lastDayOfDst = computeCycle({ ...annual, gracePeriodDays: 0 }, '2024-03-30');
  // expires 2024-12-31, 10 days grace
  const newYear = computeCycle({ ...annual, gracePeriodDays: 10 }, '2023-12-31');

  it.each<[string, CertificationRecordDates, Date, string, CertificationStatus]>([
    ['Berlin: 23:30 CEST on the DST day is still the last valid day', lastDayOfDst, new Date('2025-03-30T21:30:00Z'), 'Europe/Berlin', 'RENEWAL_DUE'],
    ['Berlin: 00:30 next day is EXPIRED although UTC is still 30 March', lastDayOfDst, new Date('2025-03-30T22:30:00Z'), 'Europe/Berlin', 'EXPIRED'],
    ['UTC org: the same instant is still valid', lastDayOfDst, new Date('2025-03-30T22:30:00Z'), 'UTC', 'RENEWAL_DUE'],
    ['Kiritimati: in grace while UTC is still the last valid day', newYear, new Date('2024-12-31T10:00:00Z'), 'Pacific/Kiritimati', 'IN_GRACE'],
    ['New York: still valid while UTC is already 1 January', newYear, new Date('2025-01-01T04:59:59Z'), 'America/New_York', 'RENEWAL_DUE'],
  ])('%s', (_name, record, instant, zone, expected) => {
    expect(statusAt(record, instant, zone)).toBe(expected);
  });
});

describe('validatePolicy', () => {
  const fields = (policy: RenewalPolicy): string[] => validatePolicy(policy).map((e) => e.field);

  it.each<[string, RenewalPolicy, string[]]>([
    ['a valid FROM_COMPLETION policy', annual, []],
    ['a valid FROM_EXPIRY policy', fromExpiry, []],
    ['a valid FIXED_CYCLE policy', fixedJan1, []],
    ['a valid never-expiring policy', neverExpires, []],
    ['zero validity', { ...annual, validity: { amount: 0, unit: 'YEARS' } }, ['validity.amount']],
    ['negative grace', { ...annual, gracePeriodDays: -1 }, ['gracePeriodDays']],
    ['fractional grace', { ...annual, gracePeriodDays: 1.5 }, ['gracePeriodDays']],
    ['window in years', { ...annual, validity: { amount: 3, unit: 'YEARS' }, renewalWindow: { amount: 1, unit: 'YEARS' } }, ['renewalWindow.unit']],
    ['window longer than validity', { ...annual, validity: { amount: 60, unit: 'DAYS' }, renewalWindow: { amount: 3, unit: 'MONTHS' } }, ['renewalWindow']],
    ['window as long as validity', { ...annual, renewalWindow: { amount: 12, unit: 'MONTHS' } }, ['renewalWindow']],
    ['window on a never-expiring policy', { ...neverExpires, renewalWindow: { amount: 1, unit: 'MONTHS' } }, ['renewalWindow']],
    ['FROM_EXPIRY without a window', { ...fromExpiry, renewalWindow: null }, ['renewalWindow']],
    ['FIXED_CYCLE without anchor', { ...fixedJan1, fixedCycleAnchor: null }, ['fixedCycleAnchor']],
    ['FIXED_CYCLE without cycle length', { ...fixedJan1, validity: null, renewalWindow: null }, ['validity']],
    ['anchor 30 February', { ...fixedJan1, fixedCycleAnchor: { month: 2, day: 30 } }, ['fixedCycleAnchor.day']],
    ['anchor 29 February', { ...fixedJan1, fixedCycleAnchor: { month: 2, day: 29 } }, ['fixedCycleAnchor.day']],
    ['anchor month 13', { ...fixedJan1, fixedCycleAnchor: { month: 13, day: 1 } }, ['fixedCycleAnchor.month']],
    ['negative minimum active period', { ...fixedJan1, minimumActivePeriod: { amount: -1, unit: 'DAYS' } }, ['minimumActivePeriod.amount']],
    ['anchor on a FROM_COMPLETION policy', { ...annual, fixedCycleAnchor: { month: 1, day: 1 } }, ['fixedCycleAnchor']],
    ['unknown expiry base', { ...annual, expiryBase: 'FROM_HIRE' as never }, ['expiryBase']],
  ])('%s', (_name, policy, expected) => {
    expect(fields(policy)).toEqual(expected);
  });
});
