import { DateTime } from 'luxon';
import { FixedClock } from '../clock';
import { OrgCalendar } from './org-calendar';

describe('OrgCalendar (today in the organization zone)', () => {
  const clock = new FixedClock(DateTime.fromISO('2026-03-31T23:30:00Z'));

  it('answers the date of the organization zone, not of UTC', () => {
    expect(new OrgCalendar(clock, { ORG_TIME_ZONE: 'UTC' }).today()).toBe('2026-03-31');
    expect(new OrgCalendar(clock, { ORG_TIME_ZONE: 'Europe/Berlin' }).today()).toBe('2026-04-01');
    expect(new OrgCalendar(clock, { ORG_TIME_ZONE: 'America/Los_Angeles' }).today()).toBe('2026-03-31');
    expect(new OrgCalendar(clock, { ORG_TIME_ZONE: 'Pacific/Kiritimati' }).now().toISO()).toBe('2026-04-01T13:30:00.000+14:00');
  });

  it('follows its clock', () => {
    const calendar = new OrgCalendar(clock, { ORG_TIME_ZONE: 'Asia/Tokyo' });
    clock.set(DateTime.fromISO('2026-12-31T14:59:59Z'));
    expect(calendar.today()).toBe('2026-12-31');
    clock.set(DateTime.fromISO('2026-12-31T15:00:00Z'));
    expect(calendar.today()).toBe('2027-01-01');
  });
});
