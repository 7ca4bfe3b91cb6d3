const LABELS: Record<string, string> = { BASELINE: 'Baseline', PROFICIENT: 'Proficient', ADVANCED: 'Advanced' };

/** A path level as people read it ("PROFICIENT" → "Proficient"); no level yet reads "Not yet baseline". */
export const pathLevelLabel = (level: string | null | undefined): string => (level ? (LABELS[level] ?? level) : 'Not yet baseline');
