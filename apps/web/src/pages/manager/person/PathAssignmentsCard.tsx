import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDate, levelName } from '../../../ui/format';
import { ReasonField } from '../../../ui/ReasonField';
import { ErrorNotice, QueryState } from '../../../ui/QueryState';
import { TableHead } from '../../../ui/TableHead';

const AssignmentsDocument = graphql(`
  query PersonAssignments($id: ID!) {
    employee(id: $id) {
      id
      pathAssignments { id currentLevel targetLevel targetDate path { id name } }
    }
  }
`);

const EndAssignmentDocument = graphql(`
  mutation EndPathAssignment($input: EndPathAssignmentInput!) {
    endPathAssignment(input: $input) {
      __typename
      ... on PathAssignment { id active endedOn }
      ... on AssignmentEndedError { message }
    }
  }
`);

interface Ending { id: string; name: string }

/** A person's current skill paths; one can be ended with a reason (it then shows under "Past paths"). */
export function PathAssignmentsCard({ employeeId, onChanged }: { employeeId: string; onChanged: () => void }) {
  const [result, refetch] = useQuery({ query: AssignmentsDocument, variables: { id: employeeId } });
  const [ending, setEnding] = useState<Ending | null>(null);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [state, end] = useMutation(EndAssignmentDocument);
  const open = (a: Ending) => {
    setReason('');
    setRefusal(null);
    setEnding(a);
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!ending) return;
    const res = (await end({ input: { id: ending.id, reason: reason.trim() } })).data?.endPathAssignment;
    if (res?.__typename === 'AssignmentEndedError') return setRefusal(res.message);
    if (res) {
      setEnding(null);
      refetch({ requestPolicy: 'network-only' });
      onChanged();
    }
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
                          <Button size="xs" variant="light" color="red" onClick={() => open({ id: a.id, name })} aria-label={`End assignment to ${name}`}>
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
      <Modal opened={ending !== null} onClose={() => setEnding(null)} closeButtonProps={{ 'aria-label': 'Close' }} title={`End the assignment to ${ending?.name ?? ''}?`}>
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="sm">
            <ReasonField description="They come off the path today; observations and levels reached stay as history." value={reason} onChange={setReason} />
            <ErrorNotice error={state.error} />
            {refusal && <Alert color="red" role="alert">{refusal}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEnding(null)}>
                Keep it
              </Button>
              <Button type="submit" color="red" loading={state.fetching} disabled={reason.trim() === ''}>
                End assignment
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
