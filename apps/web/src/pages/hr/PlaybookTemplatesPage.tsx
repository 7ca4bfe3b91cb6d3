import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { TemplateCard } from './playbooks/TemplateCard';
import { type TemplateDraft, TemplateEditor } from './playbooks/TemplateEditor';

const TemplatesDocument = graphql(`
  query HrPlaybookTemplates {
    playbookTemplates { id name description active steps { id kind title guidance offsetDays position } }
  }
`);

const NEW: TemplateDraft = {
  name: '',
  description: '',
  steps: [
    { kind: 'BEFORE', title: 'Agree the goal', guidance: 'What should they do differently after the training?', offsetDays: -7 },
    { kind: 'AFTER', title: 'Observe it in real work', guidance: 'Watch them apply it and record the behaviour.', offsetDays: 14 },
  ],
};

/** HR's playbook templates: the steps managers follow before and after a training. */
export function PlaybookTemplatesPage() {
  const [result, refetch] = useQuery({ query: TemplatesDocument });
  const [editing, setEditing] = useState<TemplateDraft | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title="Playbook templates"
        help="The steps a manager follows around a training, due by days from the training date. Runs already started keep their steps."
        actions={!editing && <Button onClick={() => setEditing(NEW)}>New template</Button>}
      />
      {editing && (
        <TemplateEditor
          key={editing.id ?? 'new'}
          initial={editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      <QueryState {...result} retry={reload}>
        {(data) => (
          <Stack gap="md">
            {data.playbookTemplates.map((t) => (
              <TemplateCard
                key={t.id}
                template={t}
                onChanged={reload}
                onEdit={() => setEditing({ id: t.id, name: t.name, description: t.description ?? '', steps: t.steps.map((s) => ({ kind: s.kind, title: s.title, guidance: s.guidance, offsetDays: s.offsetDays })) })}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
