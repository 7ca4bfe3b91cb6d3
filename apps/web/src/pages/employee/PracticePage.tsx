import { Alert, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatDate, hours } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { LogSessionForm } from './practice/LogSessionForm';
import { TableHead } from '../../ui/TableHead';
import { Figure } from '../../ui/Figure';

const MyBudgetsDocument = graphql(`
  query MyPracticeBudgets {
    myPracticeBudgets {
      id
      program
      hours
      status
      periodStart
      periodEnd
      decisionNote
      usage { totalHours usedHours remainingHours extraHours }
      sessions { id practicedOn minutes note }
    }
  }
`);

/** My practice budgets: hours agreed, used and left; log a session against an approved one. */
export function PracticePage() {
  const [result, refetch] = useQuery({ query: MyBudgetsDocument });
  return (
    <>
      <PageHeader title="My practice budget" help="Time agreed with your manager to practise what you are learning." />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ myPracticeBudgets: budgets }) =>
          budgets.length === 0 ? (
            <Alert color="blue">No practice budget yet. Your manager proposes one for a training or a path level.</Alert>
          ) : (
            <Stack gap="lg">
              {budgets.map((b) => (
                <Card key={b.id} withBorder padding="lg" component="section" aria-labelledby={`budget-${b.id}`}>
                  <Group justify="space-between" mb="sm">
                    <Title order={2} size="h4" id={`budget-${b.id}`}>
                      {b.program ?? 'Practice'} · {formatDate(b.periodStart)} to {formatDate(b.periodEnd)}
                    </Title>
                    <StatusBadge status={b.status} />
                  </Group>
                  <SimpleGrid cols={3} mb="sm">
                    <Figure label="Hours agreed" value={hours(b.usage.totalHours)} />
                    <Figure label="Used" value={hours(b.usage.usedHours)} />
                    <Figure label="Left" value={hours(b.usage.remainingHours)} />
                  </SimpleGrid>
                  <Progress value={b.usage.totalHours ? (100 * b.usage.usedHours) / b.usage.totalHours : 0} aria-label="Share of hours used" mb="md" />
                  {b.decisionNote && <Text size="sm" mb="sm">Note from your manager: {b.decisionNote}</Text>}
                  {b.sessions.length > 0 && (
                    <Table withTableBorder mb="md">
                      <TableHead columns={['Day', 'Time', 'Note']} />
                      <Table.Tbody>
                        {b.sessions.map((s) => (
                          <Table.Tr key={s.id}>
                            <Table.Td>{formatDate(s.practicedOn)}</Table.Td>
                            <Table.Td>{s.minutes} min</Table.Td>
                            <Table.Td>{s.note}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                  {b.status === 'APPROVED' && b.usage.remainingHours > 0 && <LogSessionForm budgetId={b.id} onLogged={() => refetch({ requestPolicy: 'network-only' })} />}
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
