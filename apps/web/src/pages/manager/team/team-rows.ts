import type { TeamOverviewQuery } from '../../../gql/graphql';
import { levelName } from '../../../ui/format';
import { certificationCounts, type Counts } from './certification-counts';

type Member = TeamOverviewQuery['teamOverview']['members'][number];
export type SortKey = 'name' | 'level' | 'due' | 'grace' | 'expired';
export type Show = 'all' | 'attention';
export interface Sort { key: SortKey; desc: boolean }

/** A team member as the table shows it: worked out once per answer, not on every keystroke or sort. */
export interface TeamRow {
  id: string;
  name: string;
  detail: string;
  levels: string[];
  levelRank: number;
  counts: Counts;
  attention: boolean;
  haystack: string;
}

const LEVEL_RANK: Record<string, number> = { BASELINE: 1, PROFICIENT: 2, ADVANCED: 3 };

export function toTeamRows(members: readonly Member[]): TeamRow[] {
  return members.map((m) => {
    const counts = certificationCounts(m.certifications);
    const detail = [m.jobRole, m.department].filter(Boolean).join(' · ');
    return {
      id: m.id,
      name: m.displayName,
      detail,
      levels: m.paths.map((p) => `${levelName(p.currentLevel)} → ${levelName(p.targetLevel)}`),
      levelRank: Math.max(0, ...m.paths.map((p) => LEVEL_RANK[p.currentLevel ?? ''] ?? 0)),
      counts,
      attention: counts.due + counts.grace + counts.expired > 0,
      haystack: `${m.displayName} ${detail}`.toLowerCase(),
    };
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

function primary(a: TeamRow, b: TeamRow, key: SortKey): number {
  if (key === 'name') return collator.compare(a.name, b.name);
  if (key === 'level') return a.levelRank - b.levelRank;
  return a.counts[key] - b.counts[key];
}

/** The rows matching the search and the "show" choice, in the chosen order (ties by name, A to Z). */
export function visibleTeamRows(rows: readonly TeamRow[], search: string, show: Show, sort: Sort): TeamRow[] {
  const q = search.trim().toLowerCase();
  const kept = rows.filter((r) => (!q || r.haystack.includes(q)) && (show === 'all' || r.attention));
  const sign = sort.desc ? -1 : 1;
  return kept.sort((a, b) => sign * primary(a, b, sort.key) || collator.compare(a.name, b.name));
}
