import { useState } from 'react';
import { ActionIcon, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../../ui/QueryState';
import { AddBehaviourDocument, RemoveBehaviourDocument, UpdateBehaviourDocument } from './path-documents';

interface Behaviour { id: string; activity: string; expectedOutput: string; position: number }

function BehaviourRow({ b, index, count, onChanged }: { b: Behaviour; index: number; count: number; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [activity, setActivity] = useState(b.activity);
  const [output, setOutput] = useState(b.expectedOutput);
  const [updated, update] = useMutation(UpdateBehaviourDocument);
  const [removed, remove] = useMutation(RemoveBehaviourDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  const done = (res: { data?: unknown }) => {
    if (res.data) onChanged();
  };
  const move = (position: number) => void update({ input: { id: b.id, position } }).then(done);
  const save = () => void update({ input: { id: b.id, activity: activity.trim(), expectedOutput: output.trim() } }).then((r) => (r.data ? (setEditing(false), onChanged()) : undefined));
  const drop = async () => {
    const res = await remove({ id: b.id });
    const result = res.data?.removeBehaviour;
    if (result?.__typename === 'BehaviourHasObservationsError') setRefusal(result.message);
    else if (result) onChanged();
  };
  return (
    <Table.Tr>
      <Table.Td>{editing ? <TextInput aria-label="Activity" value={activity} onChange={(e) => setActivity(e.currentTarget.value)} /> : b.activity}</Table.Td>
      <Table.Td>
        {editing ? <TextInput aria-label="Expected output" value={output} onChange={(e) => setOutput(e.currentTarget.value)} /> : b.expectedOutput}
        {refusal && (
          <Text size="sm" c="red.9" role="alert">
            {refusal}
          </Text>
        )}
        <ErrorNotice error={updated.error ?? removed.error} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {editing ? (
            <Button size="compact-sm" onClick={save} loading={updated.fetching}>
              Save
            </Button>
          ) : (
            <Button size="compact-sm" variant="default" onClick={() => setEditing(true)} aria-label={`Edit “${b.activity}”`}>
              Edit
            </Button>
          )}
          <ActionIcon variant="default" aria-label={`Move “${b.activity}” up`} disabled={index === 0} onClick={() => move(index)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="default" aria-label={`Move “${b.activity}” down`} disabled={index === count - 1} onClick={() => move(index + 2)}>
            ↓
          </ActionIcon>
          <ActionIcon variant="default" aria-label={`Remove “${b.activity}”`} onClick={() => void drop()}>
            ✕
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** A level's behaviours in order: what the person does and what it produces; added, edited, moved, removed. */
export function BehaviourList({ levelId, levelLabel, behaviours, onChanged }: { levelId: string; levelLabel: string; behaviours: Behaviour[]; onChanged: () => void }) {
  const [activity, setActivity] = useState('');
  const [output, setOutput] = useState('');
  const [added, add] = useMutation(AddBehaviourDocument);
  const submit = async () => {
    const res = await add({ input: { levelId, activity: activity.trim(), expectedOutput: output.trim() } });
    if (res.data) {
      setActivity('');
      setOutput('');
      onChanged();
    }
  };
  return (
    <>
      {behaviours.length === 0 && <Text size="sm">No behaviour at this level yet.</Text>}
      <Table aria-label={`${levelLabel} behaviours`} hidden={behaviours.length === 0}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Activity (what they do)</Table.Th>
            <Table.Th>Expected output</Table.Th>
            <Table.Th w={230}>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {behaviours.map((b, i) => (
            <BehaviourRow key={`${b.id}-${b.position}-${b.activity}-${b.expectedOutput}`} b={b} index={i} count={behaviours.length} onChanged={onChanged} />
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end" mt="xs" role="group" aria-label={`New ${levelLabel} behaviour`}>
        <TextInput label="Activity" value={activity} onChange={(e) => setActivity(e.currentTarget.value)} style={{ flex: 1 }} />
        <TextInput label="Expected output" value={output} onChange={(e) => setOutput(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button onClick={() => void submit()} loading={added.fetching} disabled={!activity.trim() || !output.trim()}>
          Add behaviour
        </Button>
      </Group>
      <ErrorNotice error={added.error} />
    </>
  );
}
