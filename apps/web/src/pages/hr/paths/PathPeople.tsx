import { useState } from 'react';
import { Button, Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { formatDate, levelName } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { TableHead } from '../../../ui/TableHead';
import { AssignPeopleForm } from './AssignPeopleForm';
import { PathPeopleDocument } from './assignment-documents';
import { EndAssignmentDialog, type Ending } from '../../../ui/EndAssignmentDialog';

/** Who is on the path now (current assignments), each with an End action, and the form that puts more people on it. */
export function PathPeople({ pathId, pathName, retired }: { pathId: string; pathName: string; retired: boolean }) {
  const [result, refetch] = useQuery({ query: PathPeopleDocument, variables: { pathId } });
  const [ending, setEnding] = useState<Ending | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Card withBorder component="section" aria-labelledby="path-people">
      <Title order={2} size="h3" id="path-people" mb="xs">
        People on this path
      </Title>
      <QueryState {...result} retry={reload}>
        {({ pathAssignments: { nodes } }) =>
          nodes.length === 0 ? (
            <Text size="sm">Nobody is on this path yet.</Text>
          ) : (
            <Table striped aria-labelledby="path-people">
              <Table.Caption>{nodes.length === 1 ? '1 person' : `${nodes.length} people`}</Table.Caption>
              <TableHead columns={['Person', 'Level today', 'Aiming for', 'By', 'End']} />
              <Table.Tbody>
                {nodes.map((a) => {
                  const person = a.employee?.displayName ?? 'Someone';
                  return (
                    <Table.Tr key={a.id}>
                      <Table.Td>{person}</Table.Td>
                      <Table.Td>{levelName(a.currentLevel)}</Table.Td>
                      <Table.Td>{levelName(a.targetLevel)}</Table.Td>
                      <Table.Td>{a.targetDate ? formatDate(a.targetDate) : 'No date set'}</Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" variant="light" color="red" onClick={() => setEnding({ id: a.id, question: `Take ${person} off ${pathName}?` })} aria-label={`End ${person}’s assignment`}>
                          End
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {retired ? (
        <Text size="sm" mt="md">
          This role is retired: bring it back on the job roles page before putting people on its path.
        </Text>
      ) : (
        <AssignPeopleForm pathId={pathId} onAssigned={reload} />
      )}
      <EndAssignmentDialog
        ending={ending}
        onClose={() => setEnding(null)}
        onEnded={() => {
          setEnding(null);
          reload();
        }}
      />
    </Card>
  );
}
