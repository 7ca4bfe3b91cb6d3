import { goalVerdict } from './goal-verdict';

describe('goalVerdict', () => {
  it('is null without a sample', () => expect(goalVerdict(null, 50, true, 'AT_LEAST', true)).toBeNull());
  it('a cohort share short of target is null while the window is open and false once closed', () => {
    expect(goalVerdict(50, 75, false, 'AT_LEAST', true)).toBeNull();
    expect(goalVerdict(50, 75, true, 'AT_LEAST', true)).toBe(false);
  });
  it('a cohort share reaching the target is met at once', () => expect(goalVerdict(80, 75, false, 'AT_LEAST', true)).toBe(true));
  it('a decrease target is met at or below it, judged only after the window', () => {
    expect(goalVerdict(-25, -20, false, 'AT_MOST', false)).toBeNull();
    expect(goalVerdict(-25, -20, true, 'AT_MOST', false)).toBe(true);
    expect(goalVerdict(-10, -20, true, 'AT_MOST', false)).toBe(false);
  });
});
