import { useState } from 'react';
import { Alert, Button, Group, Popover, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { levelName } from '../../../ui/format';
import { ErrorNotice } from '../../../ui/QueryState';
import { PersonPathsDocument } from './person-paths';

const CompleteStepDocument = graphql(`
  mutation CompletePlaybookStep($input: CompletePlaybookStepInput!) {
    completePlaybookStep(input: $input) {
      __typename
      ... on PlaybookRunStep { id done }
      ... on BusinessError { errorCode message field }
    }
  }
`);

interface Step { id: string; title: string; kind: string }

/** Complete a step with a note; an after-step also records the behaviour observed on the person's path. */
export function CompleteStep({ step, employeeId, onDone }: { step: Step; employeeId: string; onDone: () => void }) {
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  const [behaviourId, setBehaviourId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const after = step.kind === 'AFTER';
  const [paths] = useQuery({ query: PersonPathsDocument, variables: { id: employeeId }, pause: !after || !opened });
  const [state, complete] = useMutation(CompleteStepDocument);
  const behaviours = (paths.data?.employee.pathAssignments ?? []).flatMap((a) =>
    (a.path?.levels ?? []).flatMap((l) => l.behaviours.map((b) => ({ value: b.id, label: `${levelName(l.level)}: ${b.activity}` }))),
  );
  const submit = async () => {
    const res = await complete({ input: { stepId: step.id, note: note || null, behaviourId } });
    const result = res.data?.completePlaybookStep;
    // Every other member is a business failure (a closed run, a step already completed, a behaviour off the person's path).
    if (result && result.__typename !== 'PlaybookRunStep') return setRefusal(result.message);
    if (result) {
      setRefusal(null);
      setOpened(false);
      onDone();
    }
  };
  return (
    <Popover opened={opened} onChange={setOpened} width={360} trapFocus position="bottom-end" withArrow>
      <Popover.Target>
        <Button size="xs" variant="light" onClick={() => setOpened((o) => !o)} aria-label={`Complete “${step.title}”`}>
          Complete
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Textarea label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} data-autofocus />
          {after && <Select label="Behaviour observed (optional)" data={behaviours} value={behaviourId} onChange={setBehaviourId} searchable clearable comboboxProps={{ withinPortal: false }} />}
          <ErrorNotice error={state.error} />
          {refusal && <Alert color="red" role="alert">{refusal}</Alert>}
          <Group justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button size="xs" onClick={() => void submit()} loading={state.fetching}>
              Mark as done
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
