import ical, { ICalCalendarMethod } from 'ical-generator';

export interface CalendarRecord {
  recordId: string;
  holderName: string;
  own: boolean;
  certification: string;
  windowOpensOn: string | null;
  deadline: string | null;
  graceEndsOn: string | null;
  estimatedHours: string | number | null;
  payoff: string | null;
}

const utcMidnight = (date: string) => new Date(`${date}T00:00:00Z`);
const nextDay = (date: string) => new Date(utcMidnight(date).getTime() + 86_400_000);

/**
 * RFC 5545 calendar of renewal dates: for each record an all-day event when the renewal window
 * opens, on the expiry (the last valid day, i.e. the due date) and when the grace period ends.
 * UIDs are derived from the record id and the kind of date, so calendar apps update in place.
 */
export function renewalCalendar(name: string, records: CalendarRecord[], stamp: Date): string {
  const cal = ical({ name, prodId: { company: 'Skillpath', product: 'Renewals', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  for (const r of records) {
    const who = r.own ? '' : `${r.holderName}: `;
    const facts = [
      r.deadline ? `Renew by ${r.deadline}.` : null,
      r.estimatedHours !== null && r.estimatedHours !== undefined ? `Renewal: ~${Number(r.estimatedHours)} h.` : null,
      r.payoff ? `Keeps: ${r.payoff.replace(/\.$/, '')}.` : null,
    ].filter(Boolean).join(' ');
    const events: Array<[string, string | null, string]> = [
      ['window', r.windowOpensOn, `${who}${r.certification} renewal window opens`],
      ['expiry', r.deadline, `${who}${r.certification} expires (renewal due)`],
      ['grace-end', r.graceEndsOn && r.deadline && r.graceEndsOn > r.deadline ? r.graceEndsOn : null, `${who}${r.certification} grace period ends`],
    ];
    for (const [kind, date, summary] of events) {
      if (!date) continue;
      cal.createEvent({
        id: `${r.recordId}-${kind}@skillpath`,
        allDay: true,
        start: utcMidnight(date),
        end: nextDay(date),
        stamp,
        summary,
        description: facts,
      });
    }
  }
  return cal.toString();
}
