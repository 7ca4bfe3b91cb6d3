import { memo, type MouseEvent } from 'react';
import { Table, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { Sort, SortKey, TeamRow } from './team-rows';

const COLUMNS: Array<{ key: SortKey; label: string; width: string }> = [
  { key: 'name', label: 'Name', width: '34%' },
  { key: 'level', label: 'Level', width: '30%' },
  { key: 'due', label: 'Renewal due', width: '12%' },
  { key: 'grace', label: 'In grace', width: '12%' },
  { key: 'expired', label: 'Expired', width: '12%' },
];

function SortHeader({ label, k, width, sort, onSort }: { label: string; k: SortKey; width: string; sort: Sort; onSort: (k: SortKey) => void }) {
  const active = sort.key === k;
  return (
    <Table.Th w={width} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(k)} fw={700} fz="sm">
        {label} {active ? (sort.desc ? '▼' : '▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * One person's row, in plain elements styled by console.css (.team-table): a 200-person team is
 * 1,200 cells, and a Mantine component per cell (each reading the theme and building its styles)
 * made the page take over a second and a half to appear. Rows are memoised, so sorting and
 * filtering re-render only the rows that change. Names are plain links: one click handler on the
 * table body navigates inside the app (a router Link per row resolves its path on every render).
 */
const Row = memo(function Row({ row }: { row: TeamRow }) {
  return (
    <tr>
      <td>
        <a href={`/team/${row.id}`} className="team-name">
          {row.name}
        </a>
        {row.detail && <span className="team-detail">{row.detail}</span>}
      </td>
      <td>{row.levels.length === 0 ? <span className="team-detail">No path</span> : row.levels.map((l, i) => <span key={i} className="team-level">{l}</span>)}</td>
      <td>{row.counts.due || ''}</td>
      <td>{row.counts.grace || ''}</td>
      <td>{row.counts.expired || ''}</td>
    </tr>
  );
});

/** The team table: sortable columns (buttons in the headers, aria-sort), a caption with the count. */
export function TeamTable({ rows, total, sort, onSort }: { rows: TeamRow[]; total: number; sort: Sort; onSort: (k: SortKey) => void }) {
  const navigate = useNavigate();
  const openPerson = (e: MouseEvent<HTMLElement>) => {
    const link = (e.target as HTMLElement).closest('a.team-name');
    // A new tab or window (modifier keys, middle button) is left to the browser.
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(link.getAttribute('href') as string);
  };
  return (
    // A native scroller and a fixed layout (widths from the header): the browser sizes 1,000 cells without measuring each.
    <Table.ScrollContainer minWidth={720} type="native">
      <Table withTableBorder layout="fixed" className="team-table">
        <Table.Caption>
          {rows.length} of {total} people
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c.key} label={c.label} k={c.key} width={c.width} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <tbody onClick={openPerson}>
          {rows.map((r) => (
            <Row key={r.id} row={r} />
          ))}
        </tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
