import { DEFAULT_PLAYBOOK_STEPS, dueOn, offsetProblem } from './default-steps';

describe('playbook step dates', () => {
  it('due dates are calendar days from the training date, across month ends', () => {
    expect(dueOn('2026-03-02', -7)).toBe('2026-02-23');
    expect(dueOn('2026-01-28', 7)).toBe('2026-02-04');
  });

  it('the default template holds the article\'s two before and three after steps with valid offsets', () => {
    expect(DEFAULT_PLAYBOOK_STEPS.map((s) => s.kind)).toEqual(['BEFORE', 'BEFORE', 'AFTER', 'AFTER', 'AFTER']);
    expect(DEFAULT_PLAYBOOK_STEPS.every((s) => offsetProblem(s) === null)).toBe(true);
    expect(offsetProblem({ kind: 'BEFORE', title: 'x', guidance: '', offsetDays: 2 })).toMatch(/BEFORE/);
    expect(offsetProblem({ kind: 'AFTER', title: 'x', guidance: '', offsetDays: -1 })).toMatch(/AFTER/);
  });
});
