import { useMemo, useState } from 'react';
import { Anchor, Group, SegmentedControl, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { TeamOverviewQuery } from '../../gql/graphql';
import { levelName } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { certificationCounts, type Counts } from './team/certification-counts';

export const TeamOverviewDocument = graphql(`
  query TeamOverview {
    teamOverview(first: 200) {
      totalCount
      members {
        id
        displayName
        jobRole
        department
        status
        paths { pathName currentLevel targetLevel targetDate }
        certifications { recordId certificationName status daysLeft effectiveDeadline }
      }
    }
  }
`);

type Member = TeamOverviewQuery['teamOverview']['members'][number];
type SortKey = 'name' | 'level' | 'due' | 'grace' | 'expired';
type Show = 'all' | 'attention';

const LEVEL_RANK: Record<string, number> = { BASELINE: 1, PROFICIENT: 2, ADVANCED: 3 };
const levelRank = (m: Member) => Math.max(0, ...m.paths.map((p) => LEVEL_RANK[p.currentLevel ?? ''] ?? 0));

function sortValue(m: Member & { counts: Counts }, key: SortKey): string | number {
  if (key === 'name') return m.displayName;
  if (key === 'level') return levelRank(m);
  return m.counts[key];
}

function SortHeader({ label, k, sort, onSort }: { label: string; k: SortKey; sort: { key: SortKey; desc: boolean }; onSort: (k: SortKey) => void }) {
  const active = sort.key === k;
  return (
    <Table.Th aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(k)} fw={700} fz="sm">
        {label} {active ? (sort.desc ? '▼' : '▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

/** Everyone in my reporting line: levels and certifications due, in grace and expired. */
export function TeamPage() {
  const [result, refetch] = useQuery({ query: TeamOverviewDocument });
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  const onSort = (key: SortKey) => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' }));
  const members = result.data?.teamOverview.members;

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (members ?? [])
      .map((m) => ({ ...m, counts: certificationCounts(m.certifications) }))
      .filter((m) => !q || `${m.displayName} ${m.jobRole ?? ''} ${m.department ?? ''}`.toLowerCase().includes(q))
      .filter((m) => show === 'all' || m.counts.due + m.counts.grace + m.counts.expired > 0)
      .sort((a, b) => {
        const x = sortValue(a, sort.key);
        const y = sortValue(b, sort.key);
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort.desc ? -c : c;
      });
  }, [members, search, show, sort]);

  return (
    <>
      <PageHeader title="Team overview" help="Everyone in your reporting line, direct and indirect." />
      <Group mb="md" align="flex-end">
        <TextInput label="Search" placeholder="Name, job or department" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={280} />
        <SegmentedControl
          aria-label="Show"
          value={show}
          onChange={(v) => setShow(v as Show)}
          data={[
            { value: 'all', label: 'Everyone' },
            { value: 'attention', label: 'Needs attention' },
          ]}
        />
      </Group>
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover withTableBorder>
              <Table.Caption>
                {rows.length} of {data.teamOverview.totalCount} people
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label="Name" k="name" sort={sort} onSort={onSort} />
                  <SortHeader label="Level" k="level" sort={sort} onSort={onSort} />
                  <SortHeader label="Renewal due" k="due" sort={sort} onSort={onSort} />
                  <SortHeader label="In grace" k="grace" sort={sort} onSort={onSort} />
                  <SortHeader label="Expired" k="expired" sort={sort} onSort={onSort} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/team/${m.id}`} fw={600}>
                        {m.displayName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[m.jobRole, m.department].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {m.paths.length === 0
                        ? <Text size="sm" c="dimmed">No path</Text>
                        : m.paths.map((p) => (
                            <Text size="sm" key={p.pathName}>
                              {levelName(p.currentLevel)} → {levelName(p.targetLevel)}
                            </Text>
                          ))}
                    </Table.Td>
                    <Table.Td>{m.counts.due || ''}</Table.Td>
                    <Table.Td>{m.counts.grace || ''}</Table.Td>
                    <Table.Td>{m.counts.expired || ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </>
  );
}
