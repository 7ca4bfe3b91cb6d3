import { DateTime } from 'luxon';
import type { HorizonSource } from './snapshot.model';

export const DEFAULT_HORIZON_MONTHS = 6;

/** The date a snapshot looks ahead to: the assignment's target date when set, else six months from today. */
export function horizonFor(today: string, targetDate: string | null): { horizonDate: string; horizonSource: HorizonSource } {
  if (targetDate) return { horizonDate: targetDate, horizonSource: 'TARGET_DATE' };
  return { horizonDate: DateTime.fromISO(today).plus({ months: DEFAULT_HORIZON_MONTHS }).toISODate() as string, horizonSource: 'SIX_MONTHS' };
}
