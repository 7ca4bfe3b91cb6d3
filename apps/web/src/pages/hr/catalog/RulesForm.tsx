import { Checkbox, Group, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { RulesDraft } from './rules';

const UNITS = [
  { value: 'DAYS', label: 'days' },
  { value: 'MONTHS', label: 'months' },
  { value: 'YEARS', label: 'years' },
];
const BASES = [
  { value: 'FROM_COMPLETION', label: 'From the day it is completed' },
  { value: 'FROM_EXPIRY', label: 'From the previous expiry (renewing early loses nothing)' },
  { value: 'FIXED_CYCLE', label: 'On a fixed date every cycle' },
];
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: new Date(2000, i, 1).toLocaleString('en', { month: 'long' }) }));
const amount = (v: string | number) => (v === '' ? '' : Number(v));

/** The renewal rules: base, validity, window, grace, fixed-cycle anchor, minimum active period. */
export function RulesForm({ draft, onChange }: { draft: RulesDraft; onChange: (d: RulesDraft) => void }) {
  const set = (patch: Partial<RulesDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name" value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} required />
        <TextInput label="Issuer" value={draft.issuer} onChange={(e) => set({ issuer: e.currentTarget.value })} required />
      </SimpleGrid>
      <Checkbox mt="md" label="Never expires" checked={draft.neverExpires} onChange={(e) => set({ neverExpires: e.currentTarget.checked })} />
      {!draft.neverExpires && (
        <>
          <Group mt="sm" align="flex-end">
            <NumberInput label="Valid for" value={draft.validityAmount} onChange={(v) => set({ validityAmount: amount(v) })} min={1} w={110} />
            <Select label="Unit" data={UNITS} value={draft.validityUnit} onChange={(v) => set({ validityUnit: v ?? 'YEARS' })} allowDeselect={false} w={120} />
            <Select label="Counted" data={BASES} value={draft.expiryBase} onChange={(v) => set({ expiryBase: v ?? 'FROM_COMPLETION' })} allowDeselect={false} w={420} />
          </Group>
          {draft.expiryBase === 'FIXED_CYCLE' && (
            <Group mt="sm" align="flex-end">
              <Select label="Cycle ends in" data={MONTHS} value={draft.anchorMonth === '' ? null : String(draft.anchorMonth)} onChange={(v) => set({ anchorMonth: v ? Number(v) : '' })} w={160} />
              <NumberInput label="On day" value={draft.anchorDay} onChange={(v) => set({ anchorDay: amount(v) })} min={1} max={31} w={100} />
            </Group>
          )}
          <Group mt="sm" align="flex-end">
            <NumberInput label="Renewal opens before expiry" value={draft.renewalWindowAmount} onChange={(v) => set({ renewalWindowAmount: amount(v) })} min={0} w={210} />
            <Select label="Unit" aria-label="Renewal window unit" data={UNITS} value={draft.renewalWindowUnit} onChange={(v) => set({ renewalWindowUnit: v ?? 'DAYS' })} allowDeselect={false} w={120} />
            <NumberInput label="Grace period (days)" value={draft.gracePeriodDays} onChange={(v) => set({ gracePeriodDays: amount(v) })} min={0} w={160} />
          </Group>
          <Group mt="sm" align="flex-end">
            <NumberInput label="Must be held at least" description="Before it can be renewed (optional)" value={draft.minActiveAmount} onChange={(v) => set({ minActiveAmount: amount(v) })} min={1} w={210} />
            <Select label="Unit" aria-label="Minimum active period unit" data={UNITS} value={draft.minActiveUnit} onChange={(v) => set({ minActiveUnit: v ?? 'MONTHS' })} allowDeselect={false} w={120} />
          </Group>
        </>
      )}
      <Textarea mt="sm" label="What renewing takes" value={draft.renewalRequirements} onChange={(e) => set({ renewalRequirements: e.currentTarget.value })} autosize minRows={2} />
    </>
  );
}
