import { useState } from 'react';
import { Alert, Button, Group, NumberInput, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../ui/QueryState';

const LogSessionDocument = graphql(`
  mutation LogPracticeSession($input: LogPracticeSessionInput!) {
    logPracticeSession(input: $input) {
      __typename
      ... on PracticeSession { id }
      ... on BudgetExceededError { message }
      ... on PracticeActionRefused { message }
    }
  }
`);

/** Log a practice session: the day, how long, and what was practised. */
export function LogSessionForm({ budgetId, onLogged }: { budgetId: string; onLogged: () => void }) {
  const [day, setDay] = useState<string | null>(dayjs().format('YYYY-MM-DD'));
  const [minutes, setMinutes] = useState<number | string>(60);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [state, log] = useMutation(LogSessionDocument);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const res = await log({ input: { budgetId, practicedOn: day ?? '', minutes: Number(minutes), note: note || null } });
    const r = res.data?.logPracticeSession;
    if (r && r.__typename !== 'PracticeSession') setRefusal(r.message);
    else if (r) {
      setNote('');
      onLogged();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Log a practice session">
      <Group align="flex-end" gap="sm">
        <DateInput label="Day" value={day} onChange={setDay} valueFormat="D MMM YYYY" previousLabel="Previous month" nextLabel="Next month" maxDate={dayjs().format('YYYY-MM-DD')} required w={160} />
        <NumberInput label="Minutes" value={minutes} onChange={setMinutes} min={1} max={720} step={15} required w={120} />
        <TextInput label="What I practised" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} miw={200} />
        <Button type="submit" loading={state.fetching}>
          Log session
        </Button>
      </Group>
      {refusal && (
        <Alert color="orange" mt="sm" role="alert">
          {refusal}
        </Alert>
      )}
      <ErrorNotice error={state.error} />
    </form>
  );
}
