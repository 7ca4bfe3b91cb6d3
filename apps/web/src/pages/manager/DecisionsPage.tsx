import { Alert, Stack, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { AwardDecision } from './decisions/AwardDecision';
import { BudgetDecision } from './decisions/BudgetDecision';

const AwaitingDocument = graphql(`
  query AwaitingDecision {
    practiceBudgets {
      id
      status
      hours
      program
      periodStart
      periodEnd
      proposedById
      employee { id displayName }
    }
    incentiveAwards(status: PENDING) {
      id
      kind
      amount
      currency
      metOn
      sourceKind
      employeeId
    }
    teamOverview(first: 200) { members { id displayName } }
  }
`);

/** What waits for me: practice budgets proposed in my line and incentive awards pending approval. */
export function DecisionsPage() {
  const [result, refetch] = useQuery({ query: AwaitingDocument });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title="Awaiting my decision" help="Practice budgets proposed for people in your line, and incentive awards waiting for approval." />
      <QueryState {...result} retry={reload}>
        {(data) => {
          const budgets = data.practiceBudgets.filter((b) => b.status === 'PROPOSED');
          const names = new Map(data.teamOverview.members.map((m) => [m.id, m.displayName]));
          return (
            <Stack gap="lg">
              <section aria-labelledby="budgets-title">
                <Title order={2} size="h4" id="budgets-title" mb="sm">
                  Practice budgets ({budgets.length})
                </Title>
                {budgets.length === 0 ? (
                  <Alert color="blue">No practice budget waits for you.</Alert>
                ) : (
                  <Stack gap="sm">
                    {budgets.map((b) => (
                      <BudgetDecision key={b.id} budget={b} onDecided={reload} />
                    ))}
                  </Stack>
                )}
              </section>
              <section aria-labelledby="awards-title">
                <Title order={2} size="h4" id="awards-title" mb="sm">
                  Incentive awards ({data.incentiveAwards.length})
                </Title>
                {data.incentiveAwards.length === 0 ? (
                  <Alert color="blue">No award waits for you.</Alert>
                ) : (
                  <Stack gap="sm">
                    {data.incentiveAwards.map((a) => (
                      <AwardDecision key={a.id} award={a} name={names.get(a.employeeId) ?? 'Someone in your line'} onDecided={reload} />
                    ))}
                  </Stack>
                )}
              </section>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
