import { useState } from 'react';
import { Button, Group, Text, Textarea } from '@mantine/core';
import { useMutation } from 'urql';
import { EditorActions } from '../../../ui/EditorActions';
import { UpdateLevelDocument } from './assignment-documents';

/** The level's summary (what someone at this level is like), shown to employees on their path; edited in place. */
export function LevelSummary({ levelId, levelLabel, summary, onChanged }: { levelId: string; levelLabel: string; summary: string; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(summary);
  const [saved, save] = useMutation(UpdateLevelDocument);
  const submit = async () => {
    const res = await save({ input: { levelId, summary: text.trim() } });
    if (res.data) {
      setEditing(false);
      onChanged();
    }
  };
  if (editing) {
    return (
      <div role="group" aria-label={`${levelLabel} summary`}>
        <Textarea label="Summary" description="One or two sentences people on the path read about this level." value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} maxLength={2000} data-autofocus />
        <EditorActions saveLabel="Save summary" onSave={() => void submit()} onCancel={() => (setText(summary), setEditing(false))} saving={saved.fetching} disabled={!text.trim() || text.trim() === summary} error={saved.error} />
      </div>
    );
  }
  return (
    <Group gap="xs" align="flex-start" mb="sm" wrap="nowrap">
      <Text size="sm" c={summary ? undefined : 'dimmed'} style={{ flex: 1 }}>
        {summary || 'No summary yet.'}
      </Text>
      <Button size="compact-sm" variant="default" onClick={() => setEditing(true)} aria-label={`Edit the ${levelLabel} summary`}>
        Edit summary
      </Button>
    </Group>
  );
}
