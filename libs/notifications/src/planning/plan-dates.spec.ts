import { isoWeekdayOf, isoWeekOf, minusDays } from './plan-dates';

describe('plan dates', () => {
  it('names the ISO week, including weeks that belong to the neighbouring year', () => {
    expect(isoWeekOf('2026-06-03')).toBe('2026-W23');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('gives the ISO weekday and subtracts calendar days across a month end', () => {
    expect(isoWeekdayOf('2026-06-01')).toBe(1);
    expect(isoWeekdayOf('2026-06-07')).toBe(7);
    expect(minusDays('2026-03-02', 3)).toBe('2026-02-27');
  });
});
