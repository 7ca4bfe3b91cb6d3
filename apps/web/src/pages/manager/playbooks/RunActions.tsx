import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { ReasonField } from '../../../ui/ReasonField';
import { ErrorNotice } from '../../../ui/QueryState';

const CancelRunDocument = graphql(`
  mutation CancelPlaybookRun($input: CancelPlaybookRunInput!) {
    cancelPlaybookRun(input: $input) {
      __typename
      ... on PlaybookRun { id status }
      ... on PlaybookActionRefused { message field }
    }
  }
`);

const UpdateRunDocument = graphql(`
  mutation UpdatePlaybookRun($input: UpdatePlaybookRunInput!) {
    updatePlaybookRun(input: $input) {
      __typename
      ... on PlaybookRun { id trainingDate }
      ... on PlaybookActionRefused { message field }
    }
  }
`);

interface Props {
  run: { id: string; trainingName: string; trainingDate: string };
  who: string;
  onChanged: () => void;
}

type Dialog = 'cancel' | 'date' | null;

/** An open run's actions: move its training date (open steps are re-dated), or cancel it with a reason. */
export function RunActions({ run, who, onChanged }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string | null>(run.trainingDate);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [cancelling, cancel] = useMutation(CancelRunDocument);
  const [updating, update] = useMutation(UpdateRunDocument);
  const open = (d: Dialog) => {
    setRefusal(null);
    setReason('');
    setDate(run.trainingDate);
    setDialog(d);
  };
  const finish = (result: { __typename?: string; message?: string } | undefined) => {
    if (result?.__typename === 'PlaybookActionRefused') return setRefusal(result.message ?? 'Refused');
    if (result) {
      setDialog(null);
      onChanged();
    }
  };
  const submitCancel = async (e: React.FormEvent) => {
    e.preventDefault();
    finish((await cancel({ input: { runId: run.id, reason: reason.trim() } })).data?.cancelPlaybookRun);
  };
  const submitDate = async (e: React.FormEvent) => {
    e.preventDefault();
    if (date) finish((await update({ input: { runId: run.id, trainingDate: date } })).data?.updatePlaybookRun);
  };
  const problem = dialog === 'cancel' ? cancelling.error : updating.error;
  return (
    <>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => open('date')} aria-label={`Change the training date of ${who}: ${run.trainingName}`}>
          Change date
        </Button>
        <Button size="xs" variant="light" color="red" onClick={() => open('cancel')} aria-label={`Cancel the playbook for ${who}: ${run.trainingName}`}>
          Cancel playbook
        </Button>
      </Group>
      <Modal opened={dialog !== null} onClose={() => setDialog(null)} closeButtonProps={{ 'aria-label': 'Close' }} title={dialog === 'cancel' ? `Cancel the playbook for ${who}?` : `Change the training date`}>
        <form onSubmit={(e) => void (dialog === 'cancel' ? submitCancel(e) : submitDate(e))}>
          <Stack gap="sm">
            {dialog === 'cancel' ? (
              <ReasonField description={`${run.trainingName}: its open steps will no longer be due. The playbook stays listed as cancelled.`} value={reason} onChange={setReason} />
            ) : (
              <DateInput
                label="Training date"
                description="Open steps are re-dated from the new date (never before today)."
                value={date}
                onChange={setDate}
                valueFormat="D MMM YYYY"
                previousLabel="Previous month"
                nextLabel="Next month"
                required
                data-autofocus
              />
            )}
            <ErrorNotice error={problem} />
            {refusal && <Alert color="red" role="alert">{refusal}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {dialog === 'cancel' ? 'Keep it' : 'Close'}
              </Button>
              {dialog === 'cancel' ? (
                <Button type="submit" color="red" loading={cancelling.fetching} disabled={reason.trim() === ''}>
                  Cancel playbook
                </Button>
              ) : (
                <Button type="submit" loading={updating.fetching} disabled={!date || date === run.trainingDate}>
                  Save date
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
