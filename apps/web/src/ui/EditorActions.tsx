import { Button, Group } from '@mantine/core';
import type { CombinedError } from 'urql';
import { ErrorNotice, RefusalNotice } from './QueryState';

/** The Save and Cancel buttons of a create-or-edit form, with what the save was refused for or failed on. */
export function EditorActions({ saveLabel, onSave, onCancel, saving, disabled, refusal, error }: {
  saveLabel: string;
  onSave: () => void;
  onCancel: () => void;
  saving: boolean;
  disabled: boolean;
  refusal?: string | null;
  error?: CombinedError;
}) {
  return (
    <>
      <Group mt="md">
        <Button onClick={onSave} loading={saving} disabled={disabled}>
          {saveLabel}
        </Button>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
      <RefusalNotice message={refusal} />
      <ErrorNotice error={error} />
    </>
  );
}
