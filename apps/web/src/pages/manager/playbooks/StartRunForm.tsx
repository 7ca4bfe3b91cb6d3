import { useState } from 'react';
import { Alert, Button, Card, Group, Select, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { levelName } from '../../../ui/format';
import { ErrorNotice } from '../../../ui/QueryState';
import { PersonPathsDocument } from './person-paths';

const StartRunDocument = graphql(`
  mutation StartPlaybookRun($input: StartPlaybookRunInput!) {
    startPlaybookRun(input: $input) {
      __typename
      ... on PlaybookRun { id }
      ... on PlaybookActionRefused { message field }
    }
  }
`);

interface Props {
  templates: ReadonlyArray<{ id: string; name: string }>;
  people: ReadonlyArray<{ id: string; displayName: string }>;
  onStarted: () => void;
}

/** Start a playbook from a template around a training date, optionally aimed at a path level. */
export function StartRunForm({ templates, people, onStarted }: Props) {
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(templates[0]?.id ?? null);
  const [trainingName, setTrainingName] = useState('');
  const [trainingDate, setTrainingDate] = useState<string | null>(null);
  const [pathLevelId, setPathLevelId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [paths] = useQuery({ query: PersonPathsDocument, variables: { id: employeeId ?? '' }, pause: !employeeId });
  const [state, start] = useMutation(StartRunDocument);
  const levels = (paths.data?.employee.pathAssignments ?? []).flatMap((a) =>
    (a.path?.levels ?? []).map((l) => ({ value: l.id, label: `${a.path?.name}: ${levelName(l.level)}` })),
  );

  if (templates.length === 0) {
    return <Alert color="blue" title="No playbook templates yet">HR creates playbook templates; once there is one, you can start a playbook here.</Alert>;
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!employeeId || !templateId || !trainingDate) return;
    const res = await start({ input: { employeeId, templateId, trainingName, trainingDate, pathLevelId } });
    const result = res.data?.startPlaybookRun;
    if (result?.__typename === 'PlaybookActionRefused') return setRefusal(result.message);
    if (result) {
      setRefusal(null);
      setTrainingName('');
      setTrainingDate(null);
      onStarted();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="start-run">
      <Title order={2} size="h4" id="start-run" mb="sm">
        Start a playbook
      </Title>
      <form onSubmit={(e) => void submit(e)}>
        <Group align="flex-end" gap="sm">
          <Select label="Person" data={people.map((p) => ({ value: p.id, label: p.displayName }))} value={employeeId} onChange={(v) => { setEmployeeId(v); setPathLevelId(null); }} searchable required w={200} />
          <Select label="Template" data={templates.map((t) => ({ value: t.id, label: t.name }))} value={templateId} onChange={setTemplateId} allowDeselect={false} required w={220} />
          <TextInput label="Training" value={trainingName} onChange={(e) => setTrainingName(e.currentTarget.value)} required w={220} />
          <DateInput label="Training date" value={trainingDate} onChange={setTrainingDate} valueFormat="D MMM YYYY" previousLabel="Previous month" nextLabel="Next month" required w={160} />
          <Select label="Path level (optional)" data={levels} value={pathLevelId} onChange={setPathLevelId} clearable disabled={levels.length === 0} w={240} />
          <Button type="submit" loading={state.fetching}>
            Start
          </Button>
        </Group>
        <ErrorNotice error={state.error} />
        {refusal && <Alert color="red" role="alert" mt="sm">{refusal}</Alert>}
      </form>
    </Card>
  );
}
