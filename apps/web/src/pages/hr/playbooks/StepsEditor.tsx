import { ActionIcon, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';

export interface StepDraft {
  kind: 'BEFORE' | 'AFTER' | 'CUSTOM';
  title: string;
  guidance: string;
  offsetDays: number;
}

const KINDS = [
  { value: 'BEFORE', label: 'Before the training' },
  { value: 'AFTER', label: 'After the training' },
  { value: 'CUSTOM', label: 'Other' },
];

/** A template's steps in order: kind, title, guidance and days from the training date (negative = before). */
export function StepsEditor({ steps, onChange }: { steps: StepDraft[]; onChange: (steps: StepDraft[]) => void }) {
  const set = (i: number, patch: Partial<StepDraft>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, to: number) => {
    const next = [...steps];
    const [s] = next.splice(i, 1);
    next.splice(to, 0, s);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      {steps.map((s, i) => (
        <Group key={i} align="flex-end" wrap="nowrap" role="group" aria-label={`Step ${i + 1}`}>
          <Select label="When" data={KINDS} value={s.kind} onChange={(v) => set(i, { kind: (v ?? 'CUSTOM') as StepDraft['kind'] })} allowDeselect={false} w={190} />
          <TextInput label="Step" value={s.title} onChange={(e) => set(i, { title: e.currentTarget.value })} w={200} required />
          <TextInput label="Guidance" value={s.guidance} onChange={(e) => set(i, { guidance: e.currentTarget.value })} style={{ flex: 1 }} />
          <NumberInput label="Days from the training" description="Negative = before" value={s.offsetDays} onChange={(v) => set(i, { offsetDays: Number(v) || 0 })} w={160} />
          <ActionIcon variant="default" size="lg" aria-label={`Move step ${i + 1} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="default" size="lg" aria-label={`Move step ${i + 1} down`} disabled={i === steps.length - 1} onClick={() => move(i, i + 1)}>
            ↓
          </ActionIcon>
          <ActionIcon variant="default" size="lg" aria-label={`Remove step ${i + 1}`} onClick={() => onChange(steps.filter((_, j) => j !== i))}>
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...steps, { kind: 'AFTER', title: '', guidance: '', offsetDays: 7 }])}>
          Add a step
        </Button>
      </Group>
    </Stack>
  );
}
