/** The three ordered levels of every skill path. */
export const PATH_LEVELS = ['BASELINE', 'PROFICIENT', 'ADVANCED'] as const;
export type PathLevelName = (typeof PATH_LEVELS)[number];

/** 1 for BASELINE .. 3 for ADVANCED; 0 for "not yet baseline" (null). */
export function levelRank(level: PathLevelName | null | undefined): number {
  return level ? PATH_LEVELS.indexOf(level) + 1 : 0;
}

export const RESOURCE_KINDS = ['COURSE', 'ARTICLE', 'VIDEO', 'PRACTICE', 'MENTORING', 'BOOK', 'OTHER'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
