import { ANONYMOUS_OPERATION, INVALID_OPERATION, OPERATION_LABEL_MAX_LENGTH, OperationLabels, OTHER_OPERATION } from './operation-labels';

describe('operation labels (bounded, whatever clients name their operations)', () => {
  it('keeps names, buckets anonymous and unresolved operations, and cuts long names', () => {
    const labels = new OperationLabels(10);
    expect(labels.of('TeamOverview')).toBe('TeamOverview');
    expect(labels.of(null)).toBe(ANONYMOUS_OPERATION);
    expect(labels.of('')).toBe(ANONYMOUS_OPERATION);
    expect(labels.of(undefined)).toBe(INVALID_OPERATION);
    expect(labels.of('A'.repeat(500))).toBe('A'.repeat(OPERATION_LABEL_MAX_LENGTH));
  });

  it('labels at most maxNames distinct names; later ones are (other), known ones stay', () => {
    const labels = new OperationLabels(3);
    expect(['One', 'Two', 'Three'].map((n) => labels.of(n))).toEqual(['One', 'Two', 'Three']);
    expect(labels.of('Four')).toBe(OTHER_OPERATION);
    expect(labels.of('Two')).toBe('Two');
  });
});
