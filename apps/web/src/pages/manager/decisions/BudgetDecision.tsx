import { useState } from 'react';
import { Alert, Button, Card, Group, Text, TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { AwaitingDecisionQuery } from '../../../gql/graphql';
import { formatDate, hours } from '../../../ui/format';
import { ErrorNotice } from '../../../ui/QueryState';

const DecideBudgetDocument = graphql(`
  mutation DecidePracticeBudget($input: DecidePracticeInput!) {
    decidePracticeBudget(input: $input) {
      __typename
      ... on PracticeBudget { id status }
      ... on PracticeActionRefused { message }
    }
  }
`);

type Budget = AwaitingDecisionQuery['practiceBudgets'][number];

export function BudgetDecision({ budget: b, onDecided }: { budget: Budget; onDecided: () => void }) {
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [state, decide] = useMutation(DecideBudgetDocument);
  const who = b.employee?.displayName ?? 'Someone in your line';
  const submit = async (approve: boolean) => {
    const res = await decide({ input: { id: b.id, approve, note: note || null } });
    const r = res.data?.decidePracticeBudget;
    if (r?.__typename === 'PracticeActionRefused') setRefusal(r.message);
    else if (r) onDecided();
  };
  return (
    <Card withBorder component="article" aria-label={`Practice budget for ${who}`}>
      <Text fw={600}>
        {who}: {hours(b.hours)} of practice{b.program ? ` for ${b.program}` : ''}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {formatDate(b.periodStart)} to {formatDate(b.periodEnd)}
      </Text>
      <Group align="flex-end">
        <TextInput label="Note to them (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button onClick={() => void submit(true)} loading={state.fetching}>
          Approve
        </Button>
        <Button variant="default" color="red" onClick={() => void submit(false)} loading={state.fetching}>
          Reject
        </Button>
      </Group>
      {refusal && <Alert color="orange" mt="sm" role="alert">{refusal}</Alert>}
      <ErrorNotice error={state.error} />
    </Card>
  );
}
