import { useCallback, useMemo, useState } from 'react';
import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { toTeamRows, visibleTeamRows, type Show, type Sort, type SortKey } from './team/team-rows';
import { TeamTable } from './team/TeamTable';

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

/** Everyone in my reporting line: levels and certifications due, in grace and expired. */
export function TeamPage() {
  const [result, refetch] = useQuery({ query: TeamOverviewDocument });
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<Sort>({ key: 'name', desc: false });
  const onSort = useCallback((key: SortKey) => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' })), []);
  const members = result.data?.teamOverview.members;
  const all = useMemo(() => toTeamRows(members ?? []), [members]);
  const rows = useMemo(() => visibleTeamRows(all, search, show, sort), [all, search, show, sort]);

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
        {(data) => <TeamTable rows={rows} total={data.teamOverview.totalCount} sort={sort} onSort={onSort} />}
      </QueryState>
    </>
  );
}
