import { horizonFor } from './horizon';

describe('horizonFor', () => {
  it('is six months from today by default, clamped to the month end', () => {
    expect(horizonFor('2026-03-10', null)).toEqual({ horizonDate: '2026-09-10', horizonSource: 'SIX_MONTHS' });
    expect(horizonFor('2026-08-31', null)).toEqual({ horizonDate: '2027-02-28', horizonSource: 'SIX_MONTHS' });
  });

  it('is the assignment target date when one is set', () => {
    expect(horizonFor('2026-03-10', '2026-05-01')).toEqual({ horizonDate: '2026-05-01', horizonSource: 'TARGET_DATE' });
  });
});
