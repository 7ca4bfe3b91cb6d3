import { Textarea } from '@mantine/core';

/** The required "Why" of an action that retires something (kept with it), focused when its dialog opens. */
export function ReasonField({ description, value, onChange }: { description: string; value: string; onChange: (v: string) => void }) {
  return <Textarea label="Why" description={description} value={value} onChange={(e) => onChange(e.currentTarget.value)} required autosize minRows={2} data-autofocus />;
}
