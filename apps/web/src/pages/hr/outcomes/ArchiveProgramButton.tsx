import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../../ui/QueryState';
import { ArchiveProgramDocument } from './program-documents';

/** Retires a program charter HR no longer follows (after a confirmation); its history stays in the audit log. */
export function ArchiveProgramButton({ id, name, onArchived }: { id: string; name: string; onArchived: () => void }) {
  const [open, setOpen] = useState(false);
  const [state, archive] = useMutation(ArchiveProgramDocument);
  const confirm = async () => {
    if ((await archive({ id })).data?.archiveProgram) {
      setOpen(false);
      onArchived();
    }
  };
  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpen(true)}>
        Archive program
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} closeButtonProps={{ 'aria-label': 'Close' }} title={`Archive ${name}?`}>
        <Stack gap="sm">
          <Text size="sm">It leaves the list of programs and its progress is no longer followed. Nothing about the people in it changes.</Text>
          <ErrorNotice error={state.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Keep it
            </Button>
            <Button color="red" loading={state.fetching} onClick={() => void confirm()}>
              Archive
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
