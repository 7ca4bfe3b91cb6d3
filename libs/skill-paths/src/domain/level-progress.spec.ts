import { LevelFacts, levelStatuses, newlyReached } from './level-progress';

const facts = (over: Partial<LevelFacts> & Pick<LevelFacts, 'level'>): LevelFacts => ({
  minObservationsPerBehaviour: 1,
  behaviourIds: [],
  missingCertifications: [],
  reachedOn: null,
  ...over,
});

describe('level progress rules', () => {
  it('a behaviour is met at minObservationsPerBehaviour counted observations', () => {
    const [s] = levelStatuses([facts({ level: 'BASELINE', minObservationsPerBehaviour: 2, behaviourIds: ['a', 'b'] })], new Map([['a', 2], ['b', 1]]));
    expect(s.behaviours).toEqual([{ behaviourId: 'a', counted: 2, met: true }, { behaviourId: 'b', counted: 1, met: false }]);
    expect(s.complete).toBe(false);
  });

  it('a level without behaviours is never complete', () => {
    expect(levelStatuses([facts({ level: 'BASELINE' })], new Map())[0].complete).toBe(false);
  });

  it('a missing certification keeps a level incomplete', () => {
    const [s] = levelStatuses([facts({ level: 'BASELINE', behaviourIds: ['a'], missingCertifications: ['CKA'] })], new Map([['a', 1]]));
    expect(s.complete).toBe(false);
  });

  it('climbs in order from above the current level and stops at the first gap', () => {
    const counted = new Map([['b1', 1], ['p1', 1], ['a1', 1]]);
    const levels = [
      facts({ level: 'BASELINE', behaviourIds: ['b1'] }),
      facts({ level: 'PROFICIENT', behaviourIds: ['p1', 'p2'] }),
      facts({ level: 'ADVANCED', behaviourIds: ['a1'] }),
    ];
    expect(newlyReached(levelStatuses(levels, counted), null)).toEqual(['BASELINE']);
    expect(newlyReached(levelStatuses(levels, new Map([...counted, ['p2', 1]])), null)).toEqual(['BASELINE', 'PROFICIENT', 'ADVANCED']);
    expect(newlyReached(levelStatuses(levels, new Map([...counted, ['p2', 1]])), 'PROFICIENT')).toEqual(['ADVANCED']);
  });

  it('an already reached level is not reached again and does not block the next', () => {
    const levels = [facts({ level: 'BASELINE', behaviourIds: ['b1'], reachedOn: '2026-01-02' }), facts({ level: 'PROFICIENT', behaviourIds: ['p1'] })];
    expect(newlyReached(levelStatuses(levels, new Map([['p1', 1]])), null)).toEqual(['PROFICIENT']);
  });
});
