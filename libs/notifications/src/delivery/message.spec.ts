import { DateTime } from 'luxon';
import { renderDigest, renderReminder, ReminderPayload } from './message';

const base: ReminderPayload = {
  kind: 'DAYS_BEFORE_30',
  pointDate: '2026-06-01',
  deadline: '2026-07-01',
  certification: 'AWS SAA',
  estimatedHours: '12.00',
  payoff: 'cloud pay step',
  recordId: 'r1',
  holderName: 'Alice Smith',
  forManager: false,
};

describe('reminder text', () => {
  it('states the deadline, the hours and the payoff in few words', () => {
    expect(renderReminder(base).text).toBe('AWS SAA expires on 2026-07-01 (30 days). Renewal: ~12 h. Keeps: cloud pay step.');
  });

  it('says "today" on the deadline, names the window opening, the holder for a manager, and omits unknown facts', () => {
    expect(renderReminder({ ...base, kind: 'ON_EXPIRY', pointDate: '2026-07-01', estimatedHours: null, payoff: null }).text).toBe('AWS SAA expires today (2026-07-01).');
    expect(renderReminder({ ...base, kind: 'WINDOW_OPENS', pointDate: '2026-06-30' }).text).toBe('Renewal window open: AWS SAA expires on 2026-07-01 (1 day). Renewal: ~12 h. Keeps: cloud pay step.');
    expect(renderReminder({ ...base, forManager: true }).text).toMatch(/^Alice Smith: AWS SAA expires on 2026-07-01/);
    expect(renderReminder({ ...base, estimatedHours: 2.5 }).text).toContain('Renewal: ~2.5 h.');
  });
});

describe('days left at delivery', () => {
  it('counts from the day it is sent, in the organization\'s zone, and links to the record on the certifications page', () => {
    const late = renderReminder({ ...base, kind: 'DAYS_BEFORE_7', pointDate: '2026-06-24', timeZone: 'Pacific/Auckland' }, DateTime.fromISO('2026-06-24T13:00:00Z'));
    expect(late.text).toMatch(/\(6 days\)/); // already the 25th in Auckland
    expect(renderReminder({ ...base, pointDate: '2026-06-24' }).text).toMatch(/\(7 days\)/);
    expect(late.link).toBe('/certifications/records/r1');
  });
});

describe('digest text', () => {
  it('lists due and overdue renewals with their dates', () => {
    const m = renderDigest({
      week: '2026-W23',
      date: '2026-06-01',
      total: 2,
      overdue: 1,
      items: [
        { recordId: 'a', holderName: 'Bob B', certification: 'CKA', deadline: '2026-05-30', overdue: true },
        { recordId: 'b', holderName: 'Alice A', certification: 'AWS SAA', deadline: '2026-06-08', overdue: false },
      ],
    });
    expect(m.title).toBe('Renewals 2026-W23: 1 due, 1 overdue');
    expect(m.text.split('\n')).toEqual(['Renewals 2026-W23: 1 due, 1 overdue.', '- Bob B: CKA overdue since 2026-05-30 (2 days)', '- Alice A: AWS SAA due 2026-06-08 (7 days)']);
  });
});
