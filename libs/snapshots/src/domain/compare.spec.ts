import { compareSections } from './compare';
import type { SnapshotBehaviour, SnapshotSection } from './snapshot.model';

const b = (id: string, level: SnapshotBehaviour['level'], position = 1): SnapshotBehaviour => ({ id, level, position, activity: id, expectedOutput: 'o' });
const section = (currentLevel: SnapshotSection['currentLevel'], current: SnapshotBehaviour[], different: SnapshotBehaviour[]): SnapshotSection => ({
  assignmentId: 'a', pathId: 'p', pathName: 'Path', currentLevel, currentLevelSummary: null, targetLevel: 'ADVANCED', targetLevelSummary: null, nextLevel: null,
  targetDate: null, horizonDate: '2026-09-10', horizonSource: 'SIX_MONTHS', currentBehaviours: current, targetBehaviours: [], handledDifferently: different,
  startHere: [], nextLevelCertifications: [], practiceBudgets: [], payoffs: [],
});

describe('compareSections', () => {
  it('lists the levels reached between the two snapshots and their behaviours, in level order', () => {
    const from = section(null, [], [b('b1', 'BASELINE'), b('p2', 'PROFICIENT', 2), b('p1', 'PROFICIENT'), b('a1', 'ADVANCED')]);
    const to = section('PROFICIENT', [b('p1', 'PROFICIENT'), b('p2', 'PROFICIENT', 2)], [b('a1', 'ADVANCED')]);
    const result = compareSections({ takenOn: '2026-01-01', section: from }, { takenOn: '2026-04-01', section: to });
    expect(result.levelsGained).toEqual(['BASELINE', 'PROFICIENT']);
    expect(result.behavioursGained.map((x) => x.id)).toEqual(['b1', 'p1', 'p2']);
  });

  it('gains nothing when the level stayed or dropped', () => {
    const from = section('PROFICIENT', [b('p1', 'PROFICIENT')], []);
    const to = section('BASELINE', [b('b1', 'BASELINE')], []);
    expect(compareSections({ takenOn: '2026-01-01', section: from }, { takenOn: '2026-02-01', section: to })).toMatchObject({ levelsGained: [], behavioursGained: [] });
  });
});
