import { useState } from 'react';
import { ActionIcon, Badge, Button, Checkbox, Group, Select, Text } from '@mantine/core';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../../ui/QueryState';
import { RemoveRequirementDocument, SetRequirementDocument } from './path-documents';

interface Requirement { id: string; required: boolean; certification: { id: string; name: string } }

/** The certifications a level of the role needs (required) or recommends. */
export function LevelCertifications(props: {
  jobRoleId: string;
  level: string;
  levelLabel: string;
  requirements: Requirement[];
  catalog: Array<{ id: string; name: string }>;
  onChanged: () => void;
}) {
  const { jobRoleId, level, levelLabel, requirements, catalog, onChanged } = props;
  const [certificationId, setCertificationId] = useState<string | null>(null);
  const [required, setRequired] = useState(true);
  const [set, setRequirement] = useMutation(SetRequirementDocument);
  const [removed, remove] = useMutation(RemoveRequirementDocument);
  const taken = new Set(requirements.map((r) => r.certification.id));
  const add = async () => {
    if (!certificationId) return;
    const res = await setRequirement({ input: { jobRoleId, level: level as never, certificationId, required } });
    if (res.data) {
      setCertificationId(null);
      onChanged();
    }
  };
  return (
    <>
      {requirements.length === 0 && <Text size="sm">No certification at this level.</Text>}
      <Group gap="xs">
        {requirements.map((r) => (
          <Group key={r.id} gap={4}>
            <Badge variant="light" color={r.required ? 'red' : 'blue'} size="lg" tt="none">
              {r.certification.name}: {r.required ? 'required' : 'recommended'}
            </Badge>
            <ActionIcon
              size="sm"
              variant="default"
              aria-label={`Remove ${r.certification.name} from ${levelLabel}`}
              onClick={() => void remove({ input: { jobRoleId, level: level as never, certificationId: r.certification.id } }).then((res) => res.data && onChanged())}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
      </Group>
      <Group align="flex-end" mt="xs" role="group" aria-label={`New ${levelLabel} certification`}>
        <Select label="Certification" placeholder="Choose from the catalog" data={catalog.filter((c) => !taken.has(c.id)).map((c) => ({ value: c.id, label: c.name }))} value={certificationId} onChange={setCertificationId} searchable w={280} />
        <Checkbox label="Required (not just recommended)" checked={required} onChange={(e) => setRequired(e.currentTarget.checked)} mb={8} />
        <Button onClick={() => void add()} loading={set.fetching} disabled={!certificationId}>
          Add certification
        </Button>
      </Group>
      <ErrorNotice error={set.error ?? removed.error} />
    </>
  );
}
