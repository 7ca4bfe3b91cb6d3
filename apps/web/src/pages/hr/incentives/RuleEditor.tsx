import { useState } from 'react';
import { Card, Group, NumberInput, SegmentedControl, Select, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { EditorActions } from '../../../ui/EditorActions';
import { CreateRuleDocument, hasMoney, KINDS, UpdateRuleDocument } from './incentive-documents';

export interface RuleDraft {
  id?: string;
  name: string;
  kind: string;
  certificationId: string | null;
  baseAmount: number | '';
  currency: string;
  amountRecurrence: string;
  valueWeight: number;
  demandWeight: number;
  onLapse: string;
  opportunity: string;
}

export const NEW_RULE: RuleDraft = { name: '', kind: 'BONUS', certificationId: null, baseAmount: '', currency: 'EUR', amountRecurrence: 'ONE_OFF', valueWeight: 1, demandWeight: 1, onLapse: 'KEEP', opportunity: '' };

/** Creates or edits a rule; whether the amount is paid once or every pay period is always chosen explicitly. */
export function RuleEditor({ initial, certifications, onSaved, onCancel }: { initial: RuleDraft; certifications: Array<{ id: string; name: string }>; onSaved: () => void; onCancel: () => void }) {
  const [d, setD] = useState(initial);
  const [created, create] = useMutation(CreateRuleDocument);
  const [updated, update] = useMutation(UpdateRuleDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set = (patch: Partial<RuleDraft>) => setD({ ...d, ...patch });
  const money = hasMoney(d.kind);
  const save = async () => {
    const shared = {
      name: d.name,
      baseAmount: money && d.baseAmount !== '' ? d.baseAmount : null,
      currency: money ? d.currency : null,
      amountRecurrence: (money ? d.amountRecurrence : null) as never,
      valueWeight: d.valueWeight,
      demandWeight: d.demandWeight,
      onLapse: d.onLapse as never,
      opportunity: d.kind === 'ELIGIBILITY' ? d.opportunity || null : null,
    };
    const res = d.id ? await update({ input: { id: d.id, ...shared } }) : await create({ input: { ...shared, kind: d.kind as never, certificationId: d.certificationId } });
    const out = res.data && ('updateIncentiveRule' in res.data ? res.data.updateIncentiveRule : res.data.createIncentiveRule);
    if (out?.__typename === 'DuplicateNameError') setRefusal(out.message);
    else if (out) onSaved();
  };
  const title = d.id ? `Edit “${initial.name}”` : 'New incentive rule';
  return (
    <Card withBorder component="section" aria-label={title} mb="lg">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Group align="flex-end">
        <TextInput label="Name" value={d.name} onChange={(e) => set({ name: e.currentTarget.value })} required w={280} />
        <Select label="Kind" data={KINDS} value={d.kind} disabled={!!d.id} onChange={(v) => set({ kind: v ?? 'BONUS', amountRecurrence: v === 'PAY_STEP' ? 'RECURRING' : 'ONE_OFF' })} allowDeselect={false} w={220} />
        <Select label="When this certification is earned" data={certifications.map((c) => ({ value: c.id, label: c.name }))} value={d.certificationId} disabled={!!d.id} onChange={(v) => set({ certificationId: v })} searchable w={300} />
      </Group>
      {d.id && (
        <Text size="xs" c="dimmed" mt={4}>
          The kind and the certification are fixed: deactivate this rule and create another to change them.
        </Text>
      )}
      {money && (
        <Group align="flex-end" mt="sm">
          <NumberInput label="Base amount" value={d.baseAmount} onChange={(v) => set({ baseAmount: v === '' ? '' : Number(v) })} min={0} w={140} />
          <TextInput label="Currency" value={d.currency} onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })} w={100} />
          <div>
            <Text size="sm" fw={500} id="recurrence-label" mb={4}>
              Paid
            </Text>
            <SegmentedControl
              aria-labelledby="recurrence-label"
              value={d.amountRecurrence}
              onChange={(v) => set({ amountRecurrence: v })}
              data={[
                { value: 'ONE_OFF', label: 'Once (one-off)' },
                { value: 'RECURRING', label: 'Every pay period (recurring)' },
              ]}
            />
          </div>
        </Group>
      )}
      <Group align="flex-end" mt="sm">
        <NumberInput label="Value weight" description="How much the skill is worth to you" value={d.valueWeight} onChange={(v) => set({ valueWeight: Number(v) || 0 })} min={0} step={0.1} decimalScale={2} w={180} />
        <NumberInput label="Demand weight" description="How scarce the skill is" value={d.demandWeight} onChange={(v) => set({ demandWeight: Number(v) || 0 })} min={0} step={0.1} decimalScale={2} w={180} />
        {d.kind === 'PAY_STEP' && (
          <Select label="If the certification lapses" data={[{ value: 'KEEP', label: 'Keep the pay step' }, { value: 'SUSPEND', label: 'Suspend it until renewed' }]} value={d.onLapse} onChange={(v) => set({ onLapse: v ?? 'KEEP' })} allowDeselect={false} w={240} />
        )}
        {d.kind === 'ELIGIBILITY' && <TextInput label="Opportunity" value={d.opportunity} onChange={(e) => set({ opportunity: e.currentTarget.value })} w={240} />}
      </Group>
      <EditorActions saveLabel="Save rule" onSave={() => void save()} onCancel={onCancel} saving={created.fetching || updated.fetching} disabled={!d.name.trim() || (!d.id && !d.certificationId)} refusal={refusal} error={created.error ?? updated.error} />
    </Card>
  );
}
