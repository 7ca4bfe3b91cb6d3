import { useState } from 'react';
import { Button, Card, Group, Text } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { AwaitingDecisionQuery } from '../../../gql/graphql';
import { formatDate } from '../../../ui/format';
import { ErrorNotice, RefusalNotice } from '../../../ui/QueryState';

const DecideAwardDocument = graphql(`
  mutation DecideIncentiveAward($input: DecideIncentiveAwardInput!) {
    decideIncentiveAward(input: $input) { __typename ... on IncentiveAward { id status } ... on BusinessError { errorCode message } }
  }
`);

type Award = AwaitingDecisionQuery['incentiveAwards'][number];

const KIND: Record<string, string> = { PAY_STEP: 'Pay step', BONUS: 'Bonus', RECOGNITION: 'Recognition', ELIGIBILITY: 'Eligibility' };

export function AwardDecision({ award: a, name, onDecided }: { award: Award; name: string; onDecided: () => void }) {
  const [state, decide] = useMutation(DecideAwardDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (approve: boolean) => {
    const out = (await decide({ input: { id: a.id, approve } })).data?.decideIncentiveAward;
    if (out?.__typename === 'IncentiveAward') onDecided();
    else setRefusal(out?.message ?? null);
  };
  const what = KIND[a.kind] ?? a.kind;
  return (
    <Card withBorder component="article" aria-label={`${what} for ${name}`}>
      <Group justify="space-between">
        <div>
          <Text fw={600}>
            {name}: {what}
            {a.amount != null ? ` of ${a.amount} ${a.currency ?? ''}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            Condition met on {formatDate(a.metOn)} ({a.sourceKind === 'CERTIFICATION' ? 'a certification' : 'a path level'})
          </Text>
        </div>
        <Group>
          <Button onClick={() => void submit(true)} loading={state.fetching}>
            Approve
          </Button>
          <Button variant="default" onClick={() => void submit(false)} loading={state.fetching}>
            Reject
          </Button>
        </Group>
      </Group>
      <RefusalNotice message={refusal} />
      <ErrorNotice error={state.error} />
    </Card>
  );
}
