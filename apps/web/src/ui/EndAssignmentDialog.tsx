import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { ReasonField } from './ReasonField';
import { ErrorNotice, RefusalNotice } from './QueryState';

const EndAssignmentDocument = graphql(`
  mutation EndPathAssignment($input: EndPathAssignmentInput!) {
    endPathAssignment(input: $input) {
      __typename
      ... on PathAssignment { id active endedOn }
      ... on AssignmentEndedError { message }
    }
  }
`);

/** The assignment to end, and the dialog's question (who comes off which path). */
export interface Ending { id: string; question: string }

/** Asks HR or a manager to confirm ending someone's path assignment, with why; it stays as history. */
export function EndAssignmentDialog({ ending, onClose, onEnded }: { ending: Ending | null; onClose: () => void; onEnded: () => void }) {
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [state, end] = useMutation(EndAssignmentDocument);
  useEffect(() => {
    setReason('');
    setRefusal(null);
  }, [ending]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!ending) return;
    const res = (await end({ input: { id: ending.id, reason: reason.trim() } })).data?.endPathAssignment;
    if (res?.__typename === 'AssignmentEndedError') return setRefusal(res.message);
    if (res) onEnded();
  };
  return (
    <Modal opened={ending !== null} onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title={ending?.question ?? ''}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ReasonField description="They come off the path today; what they were observed doing and the levels they reached stay as history." value={reason} onChange={setReason} />
          <RefusalNotice message={refusal} />
          <ErrorNotice error={state.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep them on it
            </Button>
            <Button type="submit" color="red" loading={state.fetching} disabled={reason.trim() === ''}>
              End assignment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
