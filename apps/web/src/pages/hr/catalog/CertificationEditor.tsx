import { useState } from 'react';
import { Card, Grid, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useMutation } from 'urql';
import { EditorActions } from '../../../ui/EditorActions';
import { CreateCertificationDocument, type RulesDraft, rulesInput, UpdateCertificationDocument } from './rules';
import { RulesForm } from './RulesForm';
import { RulesPreview } from './RulesPreview';

/** A certification's rules with the live preview of their dates next to them. */
export function CertificationEditor({ initial, onSaved, onCancel }: { initial: RulesDraft; onSaved: () => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [sample, setSample] = useState<{ completedOn: string; renewedOn: string | null }>({ completedOn: dayjs().format('YYYY-MM-DD'), renewedOn: null });
  const [created, create] = useMutation(CreateCertificationDocument);
  const [updated, update] = useMutation(UpdateCertificationDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = async () => {
    const fields = { ...rulesInput(draft), name: draft.name, issuer: draft.issuer, renewalRequirements: draft.renewalRequirements.trim() || null };
    const res = draft.id ? await update({ input: { id: draft.id, ...fields } }) : await create({ input: fields });
    const out = res.data && ('updateCertification' in res.data ? res.data.updateCertification : res.data.createCertification);
    if (out?.__typename === 'DuplicateNameError') setRefusal(out.message);
    else if (out) onSaved();
  };
  const title = draft.id ? `Edit ${initial.name}` : 'New certification';
  return (
    <Card withBorder component="section" aria-label={title} mb="lg">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <RulesForm draft={draft} onChange={(d) => { setDraft(d); setRefusal(null); }} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <RulesPreview draft={draft} completedOn={sample.completedOn} renewedOn={sample.renewedOn} onDates={(completedOn, renewedOn) => setSample({ completedOn, renewedOn })} />
        </Grid.Col>
      </Grid>
      <EditorActions saveLabel="Save certification" onSave={() => void save()} onCancel={onCancel} saving={created.fetching || updated.fetching} disabled={!draft.name.trim() || !draft.issuer.trim()} refusal={refusal} error={created.error ?? updated.error} />
    </Card>
  );
}
