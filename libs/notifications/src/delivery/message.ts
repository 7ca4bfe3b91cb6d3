import { DateTime } from 'luxon';
import { consoleRoutes } from '@app/shared';

/** What a channel sends: a short title, the text, and a link into the app. */
export interface RenderedMessage {
  title: string;
  text: string;
  link: string | null;
}

export interface ReminderPayload {
  kind: string;
  pointDate: string;
  deadline: string;
  certification: string;
  estimatedHours: number | string | null;
  payoff: string | null;
  studyGuideUrl?: string | null;
  recordId: string;
  holderName: string;
  forManager: boolean;
  /** The organization's zone when planned: "today" at delivery is taken there (older payloads: UTC). */
  timeZone?: string;
}

export interface DigestItem {
  recordId: string;
  holderName: string;
  certification: string;
  deadline: string;
  overdue: boolean;
}

export interface DigestPayload {
  week: string;
  date: string;
  total: number;
  overdue: number;
  items: DigestItem[];
}

const DIGEST_LINES = 50;

const days = (from: string, to: string) => Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function hours(value: number | string | null): string | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? `~${Number.isInteger(n) ? n : n.toFixed(1)} h` : null;
}

/**
 * "AWS SAA expires on 2026-07-01 (30 days). Renewal: ~12 h. Keeps: cloud pay step."
 * The deadline, the effort and what renewing pays off, in few words. The days are counted from the
 * day it is delivered (`now`, in the payload's zone), so a reminder sent late never overstates them;
 * without `now`, from its reminder point.
 */
export function renderReminder(p: ReminderPayload, now?: DateTime): RenderedMessage {
  const on = now ? (now.setZone(p.timeZone ?? 'UTC').toISODate() as string) : p.pointDate;
  const left = days(on, p.deadline);
  const when = left > 0 ? `expires on ${p.deadline} (${plural(left, 'day')})` : left === 0 ? `expires today (${p.deadline})` : `expired on ${p.deadline}`;
  const parts = [`${p.certification} ${when}.`];
  if (p.kind === 'WINDOW_OPENS') parts.unshift(`Renewal window open:`);
  const effort = hours(p.estimatedHours);
  if (effort) parts.push(`Renewal: ${effort}.`);
  if (p.payoff) parts.push(`Keeps: ${p.payoff.trim().replace(/\.$/, '')}.`);
  const who = p.forManager ? `${p.holderName}: ` : '';
  return {
    title: `${who}${p.certification} ${left > 0 ? `expires on ${p.deadline}` : left === 0 ? 'expires today' : 'expired'}`,
    text: who + parts.join(' '),
    link: consoleRoutes.certificationRecord(p.recordId),
  };
}

/** Weekly digest: one line per due or overdue renewal, overdue first by date. */
export function renderDigest(p: DigestPayload): RenderedMessage {
  const due = p.total - p.overdue;
  const lines = p.items.slice(0, DIGEST_LINES).map((i) => {
    const d = days(p.date, i.deadline);
    const state = i.overdue ? `overdue since ${i.deadline} (${plural(-d, 'day')})` : `due ${i.deadline} (${plural(d, 'day')})`;
    return `- ${i.holderName}: ${i.certification} ${state}`;
  });
  if (p.items.length > DIGEST_LINES) lines.push(`… and ${p.items.length - DIGEST_LINES} more`);
  return {
    title: `Renewals ${p.week}: ${due} due, ${p.overdue} overdue`,
    text: [`Renewals ${p.week}: ${due} due, ${p.overdue} overdue.`, ...lines].join('\n'),
    link: consoleRoutes.renewals(),
  };
}

/** The message of a delivery, as of `now` (the moment it is sent). */
export function renderDelivery(kind: string, payload: Record<string, unknown>, now?: DateTime): RenderedMessage {
  return kind === 'DIGEST' ? renderDigest(payload as unknown as DigestPayload) : renderReminder(payload as unknown as ReminderPayload, now);
}
