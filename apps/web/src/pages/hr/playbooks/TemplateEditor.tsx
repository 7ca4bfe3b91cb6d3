import { useState } from 'react';
import { Card, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { EditorActions } from '../../../ui/EditorActions';
import { type StepDraft, StepsEditor } from './StepsEditor';

const CreateTemplateDocument = graphql(`
  mutation CreatePlaybookTemplate($input: CreatePlaybookTemplateInput!) {
    createPlaybookTemplate(input: $input) { __typename ... on PlaybookTemplate { id } ... on DuplicateNameError { message } }
  }
`);
const UpdateTemplateDocument = graphql(`
  mutation UpdatePlaybookTemplate($input: UpdatePlaybookTemplateInput!) {
    updatePlaybookTemplate(input: $input) { __typename ... on PlaybookTemplate { id active } ... on DuplicateNameError { message } }
  }
`);

export interface TemplateDraft {
  id?: string;
  name: string;
  description: string;
  steps: StepDraft[];
}

/** Writes a new template or edits one (runs already started keep their steps). */
export function TemplateEditor({ initial, onSaved, onCancel }: { initial: TemplateDraft; onSaved: () => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [created, create] = useMutation(CreateTemplateDocument);
  const [updated, update] = useMutation(UpdateTemplateDocument);
  const save = async () => {
    const steps = draft.steps.map((s) => ({ kind: s.kind, title: s.title.trim(), guidance: s.guidance.trim() || null, offsetDays: s.offsetDays }));
    const common = { name: draft.name.trim(), description: draft.description.trim() || null, steps };
    const res = draft.id ? await update({ input: { id: draft.id, ...common } }) : await create({ input: common });
    const result = res.data && ('createPlaybookTemplate' in res.data ? res.data.createPlaybookTemplate : res.data.updatePlaybookTemplate);
    if (result?.__typename === 'DuplicateNameError') return setRefusal(result.message);
    if (result) onSaved();
  };
  const title = draft.id ? `Edit “${initial.name}”` : 'New playbook template';
  return (
    <Card withBorder component="section" aria-label={title} mb="lg">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <TextInput label="Name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} required w={360} />
      <Textarea label="Description" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })} mt="xs" autosize minRows={2} />
      <Title order={3} size="h5" mt="md" mb="xs">
        Steps
      </Title>
      <StepsEditor steps={draft.steps} onChange={(steps) => setDraft({ ...draft, steps })} />
      <EditorActions saveLabel="Save template" onSave={() => void save()} onCancel={onCancel} saving={created.fetching || updated.fetching} disabled={!draft.name.trim() || draft.steps.some((s) => !s.title.trim())} refusal={refusal} error={created.error ?? updated.error} />
    </Card>
  );
}
