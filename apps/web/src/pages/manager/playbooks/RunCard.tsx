import { Alert, Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import type { PlaybooksQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../ui/format';
import { RunActions } from './RunActions';
import { CompleteStep } from './CompleteStep';
import { TableHead } from '../../../ui/TableHead';

export type Run = PlaybooksQuery['myPlaybookRuns'][number];

const KIND: Record<string, string> = { BEFORE: 'Before', AFTER: 'After', CUSTOM: 'Step' };

/** One playbook: its steps with due dates, done or overdue, and how to complete each. */
export function RunCard({ run, meId, highlighted, onChanged }: { run: Run; meId: string; highlighted?: boolean; onChanged: () => void }) {
  const overdue = new Set(run.overdueSteps.map((s) => s.id));
  const who = run.employee?.displayName ?? 'Someone in your line';
  const isOpen = run.status === 'OPEN';
  return (
    <Card withBorder mb="sm" component="article" aria-label={`Playbook for ${who}: ${run.trainingName}`} id={`run-${run.id}`} style={highlighted ? { borderColor: 'var(--mantine-color-teal-6)', borderWidth: 2 } : undefined}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {who}: {run.trainingName}, {formatDate(run.trainingDate)}
        </Title>
        <Group gap="xs">
          {isOpen && overdue.size > 0 && <Badge color="red" variant="light">{overdue.size} overdue</Badge>}
          {run.status === 'CANCELLED' && <Badge color="gray">Cancelled</Badge>}
          {isOpen && <RunActions run={run} who={who} onChanged={onChanged} />}
        </Group>
      </Group>
      {run.status === 'CANCELLED' && (
        <Alert color="gray" mb="xs" title={`Cancelled ${formatDateTime(run.cancelledAt)} by ${run.cancelledById === meId ? 'you' : 'HR or a manager above you'}`}>
          {run.cancelReason}
        </Alert>
      )}
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
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(s.dueOn)} {isOpen && overdue.has(s.id) && <Badge color="red" variant="light" size="sm">Overdue</Badge>}
                </Table.Td>
                <Table.Td>
                  {s.done ? (
                    <Text size="sm">
                      {formatDate(s.completedOn)}
                      {s.note ? `: ${s.note}` : ''}
                      {s.behaviourId ? ' (observation recorded)' : ''}
                    </Text>
                  ) : !isOpen ? (
                    <Text size="sm" c="dimmed">Not done</Text>
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
