import { useState } from 'react';
import { Anchor, Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../../ui/QueryState';
import { RestoreJobRoleDocument, RetireJobRoleDocument, UpdateJobRoleDocument } from './role-documents';

interface Role { id: string; name: string; description?: string | null; retired: boolean }

/** A role: its path, renamed in place, retired or brought back. */
export function RoleRow({ role, hasPath, onChanged }: { role: Role; hasPath: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(role.name);
  const [updated, update] = useMutation(UpdateJobRoleDocument);
  const [retired, retire] = useMutation(RetireJobRoleDocument);
  const [restored, restore] = useMutation(RestoreJobRoleDocument);
  const refusal = updated.data?.updateJobRole.__typename === 'DuplicateNameError' ? updated.data.updateJobRole.message : null;
  const save = async () => {
    const res = await update({ input: { id: role.id, name } });
    if (res.data?.updateJobRole.__typename === 'JobRole') {
      setEditing(false);
      onChanged();
    }
  };
  return (
    <Table.Tr>
      <Table.Td>
        {editing ? (
          <Group gap="xs" align="flex-end">
            <TextInput aria-label={`New name for ${role.name}`} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Button size="compact-sm" onClick={() => void save()} loading={updated.fetching}>
              Save
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </Group>
        ) : (
          <Anchor component={Link} to={`/hr/roles/${role.id}`}>
            {role.name}
          </Anchor>
        )}
        {refusal && (
          <Text size="sm" c="red.9" role="alert">
            {refusal}
          </Text>
        )}
        <ErrorNotice error={updated.error ?? retired.error ?? restored.error} />
      </Table.Td>
      <Table.Td>{hasPath ? 'Three levels' : 'No path yet'}</Table.Td>
      <Table.Td>
        {role.retired ? (
          <Badge color="gray" variant="light">
            Retired
          </Badge>
        ) : (
          <Badge color="green" variant="light">
            In use
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {!editing && (
            <Button size="compact-sm" variant="default" onClick={() => setEditing(true)} aria-label={`Rename ${role.name}`}>
              Rename
            </Button>
          )}
          {role.retired ? (
            <Button size="compact-sm" variant="default" onClick={() => void restore({ id: role.id }).then((r) => r.data && onChanged())} aria-label={`Bring back ${role.name}`}>
              Bring back
            </Button>
          ) : (
            <Button size="compact-sm" variant="default" onClick={() => void retire({ id: role.id }).then((r) => r.data && onChanged())} aria-label={`Retire ${role.name}`}>
              Retire
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
