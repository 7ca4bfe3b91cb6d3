import { Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import type { PlaybooksQuery } from '../../../gql/graphql';
import { formatDate } from '../../../ui/format';
import { CompleteStep } from './CompleteStep';
import { TableHead } from '../../../ui/TableHead';

export type Run = PlaybooksQuery['myPlaybookRuns'][number];

const KIND: Record<string, string> = { BEFORE: 'Before', AFTER: 'After', CUSTOM: 'Step' };

/** One playbook: its steps with due dates, done or overdue, and how to complete each. */
export function RunCard({ run, onChanged }: { run: Run; onChanged: () => void }) {
  const overdue = new Set(run.overdueSteps.map((s) => s.id));
  const who = run.employee?.displayName ?? 'Someone in your line';
  return (
    <Card withBorder mb="sm" component="article" aria-label={`Playbook for ${who}: ${run.trainingName}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {who}: {run.trainingName}, {formatDate(run.trainingDate)}
        </Title>
        {overdue.size > 0 && <Badge color="red" variant="light">{overdue.size} overdue</Badge>}
      </Group>
      <Table withTableBorder>
        <TableHead columns={['Step', 'Due', 'Done']} />
        <Table.Tbody>
          {[...run.steps]
            .sort((a, b) => a.position - b.position)
            .map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {KIND[s.kind] ?? s.kind}: {s.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {s.guidance}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {formatDate(s.dueOn)} {overdue.has(s.id) && <Badge color="red" variant="light" size="sm">Overdue</Badge>}
                </Table.Td>
                <Table.Td>
                  {s.done ? (
                    <Text size="sm">
                      {formatDate(s.completedOn)}
                      {s.note ? `: ${s.note}` : ''}
                      {s.behaviourId ? ' (observation recorded)' : ''}
                    </Text>
                  ) : (
                    <CompleteStep step={s} employeeId={run.employee?.id ?? ''} onDone={onChanged} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
