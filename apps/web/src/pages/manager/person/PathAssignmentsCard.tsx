import { useState } from 'react';
import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDate, levelName } from '../../../ui/format';
import { EndAssignmentDialog, type Ending } from '../../../ui/EndAssignmentDialog';
import { QueryState } from '../../../ui/QueryState';
import { TableHead } from '../../../ui/TableHead';

const AssignmentsDocument = graphql(`
  query PersonAssignments($id: ID!) {
    employee(id: $id) {
      id
      pathAssignments { id currentLevel targetLevel targetDate path { id name } }
    }
  }
`);

/** A person's current skill paths; one can be ended with a reason (it then shows under "Past paths"). */
export function PathAssignmentsCard({ employeeId, onChanged }: { employeeId: string; onChanged: () => void }) {
  const [result, refetch] = useQuery({ query: AssignmentsDocument, variables: { id: employeeId } });
  const [ending, setEnding] = useState<Ending | null>(null);
  const ended = () => {
    setEnding(null);
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  return (
    <Card withBorder mb="lg" component="section" aria-labelledby="person-paths">
      <Title order={2} size="h4" id="person-paths" mb="sm">
        Skill paths
      </Title>
      <QueryState {...result}>
        {({ employee }) =>
          employee.pathAssignments.length === 0 ? (
            <Text c="dimmed">Not on a skill path.</Text>
          ) : (
            <Table withTableBorder>
              <TableHead columns={['Path', 'Level', 'Target', 'Status']} />
              <Table.Tbody>
                {employee.pathAssignments.map((a) => {
                  const name = a.path?.name ?? 'Skill path';
                  return (
                    <Table.Tr key={a.id}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>{levelName(a.currentLevel)}</Table.Td>
                      <Table.Td>
                        {levelName(a.targetLevel)}
                        {a.targetDate ? ` by ${formatDate(a.targetDate)}` : ''}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Badge color="teal" variant="light">Active</Badge>
                          <Button size="xs" variant="light" color="red" onClick={() => setEnding({ id: a.id, question: `End the assignment to ${name}?` })} aria-label={`End assignment to ${name}`}>
                            End assignment
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <EndAssignmentDialog ending={ending} onClose={() => setEnding(null)} onEnded={ended} />
    </Card>
  );
}
