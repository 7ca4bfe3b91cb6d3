import { analyseImpact, improvementLowerBound } from './impact-analysis';

const pairs = (deltas: number[]) => deltas.map((d, i) => ({ before: 50 + i, after: 50 + i + d }));

describe('impact analysis summaries and ranking', () => {
  it('a paired effect with a single peer reads "1 peer" and ends with one period', () => {
    const a = analyseImpact(pairs([3, 4, 5, 4, 3, 5, 4, 4, 3, 5, 4, 4]), [{ before: 50, after: 50 }], true);
    expect(a.summary).toBe(
      'Certified people improved after earning it (significant at 95%), but the comparison with peers is not conclusive: Too few people (12 certified, 1 peer; at least 10 in each needed) to say anything yet.',
    );
  });

  it('no variation: no rank score, and the summary says why it is not ranked', () => {
    const a = analyseImpact(pairs(Array(12).fill(4)), pairs(Array(12).fill(0)), true);
    expect(improvementLowerBound(a, true)).toBeNull();
    expect(a.summary).toMatch(/no statistical test was run; check the data\. It is not ranked: no statistical test could be run\.$/);
  });

  it('a real test ranks by its conservative bound, in the direction of better', () => {
    const a = analyseImpact(pairs([3, 4, 5, 4, 3, 5, 4, 4, 3, 5, 4, 4]), pairs(Array(12).fill(4)), false);
    expect(a.peers.tested).toBe(true);
    expect(improvementLowerBound(a, false)).toBeCloseTo(-(a.peers.ci95 as [number, number])[1], 12);
  });
});
