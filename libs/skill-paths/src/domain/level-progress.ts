import { levelRank, PathLevelName } from '../entities/path-level-name';

export interface LevelFacts {
  level: PathLevelName;
  minObservationsPerBehaviour: number;
  behaviourIds: string[];
  missingCertifications: string[];
  reachedOn: string | null;
}

export interface BehaviourStatus {
  behaviourId: string;
  counted: number;
  met: boolean;
}

export interface LevelStatus {
  level: PathLevelName;
  behaviours: BehaviourStatus[];
  /** Every behaviour met (a level without behaviours is never met) and no certification missing. */
  complete: boolean;
  reachedOn: string | null;
  missingCertifications: string[];
}

/** Per level: each behaviour's counted observations and whether the level's conditions hold. */
export function levelStatuses(levels: LevelFacts[], counted: ReadonlyMap<string, number>): LevelStatus[] {
  return levels.map((l) => {
    const behaviours = l.behaviourIds.map((id) => {
      const n = counted.get(id) ?? 0;
      return { behaviourId: id, counted: n, met: n >= l.minObservationsPerBehaviour };
    });
    const complete = behaviours.length > 0 && behaviours.every((b) => b.met) && l.missingCertifications.length === 0;
    return { level: l.level, behaviours, complete, reachedOn: l.reachedOn, missingCertifications: l.missingCertifications };
  });
}

/**
 * Levels newly reached, climbing in rank order from above `current`: a level is reached when
 * complete, and climbing stops at the first level that is neither complete nor already reached.
 */
export function newlyReached(statuses: LevelStatus[], current: PathLevelName | null): PathLevelName[] {
  const reached: PathLevelName[] = [];
  const ordered = [...statuses].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  for (const s of ordered) {
    if (levelRank(s.level) <= levelRank(current) || s.reachedOn) continue;
    if (!s.complete) break;
    reached.push(s.level);
  }
  return reached;
}
