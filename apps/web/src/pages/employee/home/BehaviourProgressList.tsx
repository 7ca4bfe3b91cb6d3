import { Badge, Group, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { levelName } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { TableHead } from '../../../ui/TableHead';

const ProgressDocument = graphql(`
  query PathProgress($assignmentId: ID!) {
    pathProgress(assignmentId: $assignmentId) {
      targetLevel
      levels {
        level
        rank
        complete
        reachedOn
        minObservationsPerBehaviour
        missingCertifications
        behaviours { met countedObservations behaviour { id activity } }
      }
    }
  }
`);

const RANK: Record<string, number> = { BASELINE: 1, PROFICIENT: 2, ADVANCED: 3 };

/** Behaviours observed and still to show, level by level up to the target. */
export function BehaviourProgressList({ assignmentId }: { assignmentId: string }) {
  const [result] = useQuery({ query: ProgressDocument, variables: { assignmentId } });
  return (
    <QueryState {...result}>
      {({ pathProgress: p }) => (
        <>
          <Title order={3} size="h5" mt="lg" mb="xs">
            Behaviours observed and still to show
          </Title>
          <Table striped withTableBorder>
            <TableHead columns={['Level', 'Behaviour', 'Observed']} />
            <Table.Tbody>
              {p.levels
                .filter((l) => l.rank <= (RANK[p.targetLevel] ?? 3))
                .flatMap((l) =>
                  l.behaviours.map((b) => (
                    <Table.Tr key={b.behaviour.id}>
                      <Table.Td>{levelName(l.level)}</Table.Td>
                      <Table.Td>{b.behaviour.activity}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {b.met ? <Badge color="green" variant="light">Observed</Badge> : <Badge color="gray" variant="light">Still to show</Badge>}
                          <Text size="xs" c="dimmed">
                            {b.countedObservations} of {l.minObservationsPerBehaviour}
                          </Text>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  )),
                )}
            </Table.Tbody>
          </Table>
        </>
      )}
    </QueryState>
  );
}
