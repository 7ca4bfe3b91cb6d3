import { levelRank, PATH_LEVELS, PathLevelName } from '@app/skill-paths';
import type { SnapshotBehaviour, SnapshotSection } from './snapshot.model';

/** What changed on one path assignment between two saved snapshots. */
export interface SectionComparison {
  assignmentId: string;
  pathName: string;
  fromTakenOn: string;
  toTakenOn: string;
  fromLevel: PathLevelName | null;
  toLevel: PathLevelName | null;
  levelsGained: PathLevelName[];
  behavioursGained: SnapshotBehaviour[];
}

/** Pure: the levels reached between `from` and `to`, and the behaviours those levels describe. */
export function compareSections(from: { takenOn: string; section: SnapshotSection }, to: { takenOn: string; section: SnapshotSection }): SectionComparison {
  const fromRank = levelRank(from.section.currentLevel);
  const toRank = levelRank(to.section.currentLevel);
  const levelsGained = PATH_LEVELS.filter((_l, i) => i + 1 > fromRank && i + 1 <= toRank);
  const gained = new Set<string>(levelsGained);
  const seen = new Map<string, SnapshotBehaviour>();
  for (const s of [to.section, from.section]) {
    for (const b of [...s.currentBehaviours, ...s.handledDifferently, ...(s.observedAhead ?? []), ...s.targetBehaviours]) {
      if (gained.has(b.level) && !seen.has(b.id)) seen.set(b.id, b);
    }
  }
  const behavioursGained = [...seen.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.position - b.position);
  return {
    assignmentId: to.section.assignmentId,
    pathName: to.section.pathName,
    fromTakenOn: from.takenOn,
    toTakenOn: to.takenOn,
    fromLevel: from.section.currentLevel,
    toLevel: to.section.currentLevel,
    levelsGained,
    behavioursGained,
  };
}
