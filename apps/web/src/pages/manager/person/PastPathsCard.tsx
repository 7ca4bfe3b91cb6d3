import { useEffect } from 'react';
import { Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDate, levelName } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { TableHead } from '../../../ui/TableHead';

const PastPathsDocument = graphql(`
  query PastPaths($employeeId: ID!) {
    pathAssignments(employeeId: $employeeId, includeEnded: true, first: 200) {
      nodes { id active assignedAt currentLevel targetLevel endedOn endReason path { id name } }
    }
  }
`);

/** Paths a person was on and came off: when, the level they had reached, and why it ended (newest first). */
export function PastPathsCard({ employeeId, version }: { employeeId: string; version: number }) {
  const [result, refetch] = useQuery({ query: PastPathsDocument, variables: { employeeId } });
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  return (
    <Card withBorder mb="lg" component="section" aria-labelledby="person-past-paths">
      <Title order={2} size="h4" id="person-past-paths" mb="sm">
        Past paths
      </Title>
      <QueryState {...result}>
        {(data) => {
          const past = data.pathAssignments.nodes.filter((a) => !a.active).sort((a, b) => (b.endedOn ?? '').localeCompare(a.endedOn ?? ''));
          return past.length === 0 ? (
            <Text c="dimmed">No earlier paths.</Text>
          ) : (
            <Table withTableBorder>
              <TableHead columns={['Path', 'On the path', 'Level reached', 'Why it ended']} />
              <Table.Tbody>
                {past.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.path?.name ?? 'Skill path'}</Table.Td>
                    <Table.Td>
                      {formatDate(a.assignedAt)} to {formatDate(a.endedOn)}
                    </Table.Td>
                    <Table.Td>
                      {levelName(a.currentLevel)} (aimed for {levelName(a.targetLevel)})
                    </Table.Td>
                    <Table.Td>{a.endReason ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
    </Card>
  );
}
