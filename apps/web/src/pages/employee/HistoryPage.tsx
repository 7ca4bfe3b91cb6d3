import { useState } from 'react';
import { Alert, Button, Table } from '@mantine/core';
import { useQuery } from 'urql';
import { openPage } from '../../api/downloads';
import { graphql } from '../../gql';
import { useMe } from '../../layout/me';
import { formatDate, levelName } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState } from '../../ui/QueryState';
import { CompareSnapshots } from './history/CompareSnapshots';
import { TableHead } from '../../ui/TableHead';

const HistoryDocument = graphql(`
  query SnapshotHistory($employeeId: ID!) {
    snapshotHistory(employeeId: $employeeId) {
      id
      takenOn
      kind
      section { pathName currentLevel targetLevel }
    }
  }
`);

/** My saved snapshots, a comparison of two dates, and my printable snapshot. */
export function HistoryPage() {
  const me = useMe();
  const [result, refetch] = useQuery({ query: HistoryDocument, variables: { employeeId: me.id } });
  const [problem, setProblem] = useState<Error | null>(null);
  const print = () => openPage(`/snapshots/${me.id}.html`, { print: true }).catch(setProblem);
  return (
    <>
      <PageHeader
        title="Snapshot history"
        help="A snapshot records where you stood on a day: saved every month, and when your manager saves one."
        actions={<Button onClick={() => void print()}>Print my snapshot</Button>}
      />
      <ErrorNotice error={problem} />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ snapshotHistory: rows }) =>
          rows.length === 0 ? (
            <Alert color="blue">No snapshot has been saved yet. The first one is saved at the start of next month.</Alert>
          ) : (
            <>
              <CompareSnapshots employeeId={me.id} dates={[...new Set(rows.map((r) => r.takenOn))]} />
              <Table striped withTableBorder mt="lg">
                <Table.Caption>Saved snapshots, newest first</Table.Caption>
                <TableHead columns={['Day', 'Path', 'Level then', 'Target then', 'Saved']} />
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{formatDate(r.takenOn)}</Table.Td>
                      <Table.Td>{r.section.pathName}</Table.Td>
                      <Table.Td>{levelName(r.section.currentLevel)}</Table.Td>
                      <Table.Td>{levelName(r.section.targetLevel)}</Table.Td>
                      <Table.Td>{r.kind === 'MONTHLY' ? 'Monthly' : 'By hand'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )
        }
      </QueryState>
    </>
  );
}
