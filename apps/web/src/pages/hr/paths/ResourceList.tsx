import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, List, Select, Text, TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../../ui/QueryState';
import { AddResourceDocument, RemoveResourceDocument, UpdateResourceDocument } from './path-documents';

interface Resource { id: string; title: string; url: string; kind: string; startHere: boolean }

const KINDS = ['COURSE', 'ARTICLE', 'VIDEO', 'BOOK', 'PRACTICE', 'MENTORING', 'OTHER'].map((k) => ({ value: k, label: k.charAt(0) + k.slice(1).toLowerCase() }));

/** A level's learning resources, "start here" ones first: added, marked, removed. */
export function ResourceList({ levelId, levelLabel, resources, onChanged }: { levelId: string; levelLabel: string; resources: Resource[]; onChanged: () => void }) {
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<string | null>('COURSE');
  const [startHere, setStartHere] = useState(true);
  const [added, add] = useMutation(AddResourceDocument);
  const [updated, update] = useMutation(UpdateResourceDocument);
  const [removed, remove] = useMutation(RemoveResourceDocument);
  const after = (res: { data?: unknown }) => {
    if (res.data) onChanged();
  };
  const submit = async () => {
    const res = await add({ input: { levelId, title: title.trim(), url: url.trim(), kind: (kind ?? 'OTHER') as never, startHere } });
    if (res.data) {
      setTitle('');
      setUrl('');
      onChanged();
    }
  };
  return (
    <>
      {resources.length === 0 && <Text size="sm">No resource at this level yet.</Text>}
      <List spacing={4} aria-label={`${levelLabel} resources`}>
        {resources.map((r) => (
          <List.Item key={r.id}>
            <Group gap="xs">
              <Anchor href={r.url} target="_blank" rel="noreferrer">
                {r.title}
              </Anchor>
              {r.startHere && (
                <Badge size="sm" variant="light">
                  Start here
                </Badge>
              )}
              <Button size="compact-xs" variant="subtle" onClick={() => void update({ input: { id: r.id, startHere: !r.startHere } }).then(after)}>
                {r.startHere ? 'Remove “start here”' : 'Mark “start here”'}
              </Button>
              <ActionIcon size="sm" variant="default" aria-label={`Remove “${r.title}”`} onClick={() => void remove({ id: r.id }).then(after)}>
                ✕
              </ActionIcon>
            </Group>
          </List.Item>
        ))}
      </List>
      <Group align="flex-end" mt="xs" role="group" aria-label={`New ${levelLabel} resource`}>
        <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={220} />
        <TextInput label="Link" placeholder="https://…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} w={240} />
        <Select label="Kind" data={KINDS} value={kind} onChange={setKind} allowDeselect={false} w={130} />
        <Checkbox label="Start here" checked={startHere} onChange={(e) => setStartHere(e.currentTarget.checked)} mb={8} />
        <Button onClick={() => void submit()} loading={added.fetching} disabled={!title.trim() || !url.trim()}>
          Add resource
        </Button>
      </Group>
      <ErrorNotice error={added.error ?? updated.error ?? removed.error} />
    </>
  );
}
