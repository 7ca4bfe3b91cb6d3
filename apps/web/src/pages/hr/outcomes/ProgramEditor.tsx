import { useState } from 'react';
import { Card, Group, SegmentedControl, Select, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { EditorActions } from '../../../ui/EditorActions';
import { levelName } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { GoalRows, goalInputs, NEW_GOAL, type GoalDraft } from './GoalRows';
import { CreateProgramDocument, ProgramChoicesDocument } from './program-documents';

const SUBJECTS = [
  { value: 'PATH_LEVEL', label: 'A path level' },
  { value: 'CERTIFICATION', label: 'A certification' },
  { value: 'TRAINING', label: 'A training' },
];

/** A new program charter: what it is about, when it starts, who it is for and the goals it is measured against. */
export function ProgramEditor({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const [choices] = useQuery({ query: ProgramChoicesDocument });
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('PATH_LEVEL');
  const [pathLevelId, setPathLevelId] = useState<string | null>(null);
  const [certificationId, setCertificationId] = useState<string | null>(null);
  const [trainingName, setTrainingName] = useState('');
  const [startsOn, setStartsOn] = useState<string | null>(dayjs().format('YYYY-MM-DD'));
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [jobRoleId, setJobRoleId] = useState<string | null>(null);
  const [goals, setGoals] = useState<GoalDraft[]>([NEW_GOAL]);
  const [created, create] = useMutation(CreateProgramDocument);

  const save = async () => {
    const about =
      subject === 'PATH_LEVEL' ? { pathLevelId: pathLevelId ?? undefined } : subject === 'CERTIFICATION' ? { certificationId: certificationId ?? undefined } : { trainingName: trainingName.trim() || undefined };
    const input = { name: name.trim(), startsOn: startsOn ?? '', ...about, departmentId: departmentId ?? undefined, jobRoleId: jobRoleId ?? undefined, goals: goalInputs(goals) };
    const res = await create({ input });
    if (res.data) onCreated(res.data.createProgram.id);
  };
  const chosen = subject === 'PATH_LEVEL' ? pathLevelId : subject === 'CERTIFICATION' ? certificationId : trainingName.trim();

  return (
    <Card withBorder component="section" aria-labelledby="new-program" mb="lg">
      <Title order={2} size="h4" id="new-program" mb="sm">
        New program
      </Title>
      <QueryState {...choices}>
        {(data) => (
          <>
            <Group align="flex-end" wrap="wrap">
              <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} required w={320} />
              <DateInput label="Starts on" value={startsOn} onChange={setStartsOn} valueFormat="D MMM YYYY" required w={170} />
            </Group>
            <Text size="sm" fw={500} mt="md" mb={4} id="program-subject">
              What it is about
            </Text>
            <SegmentedControl aria-labelledby="program-subject" data={SUBJECTS} value={subject} onChange={setSubject} />
            <Group align="flex-end" mt="xs">
              {subject === 'PATH_LEVEL' && (
                <Select
                  label="Path level"
                  placeholder="Pick a level of a path"
                  data={data.skillPaths.map((p) => ({ group: p.name, items: p.levels.map((l) => ({ value: l.id, label: `${p.name}: ${levelName(l.level)}` })) }))}
                  value={pathLevelId}
                  onChange={setPathLevelId}
                  searchable
                  w={380}
                />
              )}
              {subject === 'CERTIFICATION' && <Select label="Certification" placeholder="Pick from the catalog" data={data.certifications.map((c) => ({ value: c.id, label: c.name }))} value={certificationId} onChange={setCertificationId} searchable w={380} />}
              {subject === 'TRAINING' && <TextInput label="Training" placeholder="e.g. Negotiation skills workshop" value={trainingName} onChange={(e) => setTrainingName(e.currentTarget.value)} w={380} />}
            </Group>
            <Text size="sm" fw={500} mt="md">
              Who it is for
            </Text>
            <Text size="xs" c="dimmed" mb={4}>
              Everyone in the department, with the job role, or both.
            </Text>
            <Group align="flex-end">
              <Select label="Department" placeholder="Any department" data={data.departments.map((d) => ({ value: d.id, label: d.name }))} value={departmentId} onChange={setDepartmentId} clearable clearButtonProps={{ 'aria-label': 'Any department' }} searchable w={260} />
              <Select label="Job role" placeholder="Any job role" data={data.jobRoles.map((r) => ({ value: r.id, label: r.name }))} value={jobRoleId} onChange={setJobRoleId} clearable clearButtonProps={{ 'aria-label': 'Any job role' }} searchable w={260} />
            </Group>
            <Title order={3} size="h5" mt="md" mb="xs">
              Goals
            </Title>
            <GoalRows goals={goals} metrics={data.metricDefinitions} onChange={setGoals} />
            <EditorActions saveLabel="Create program" onSave={() => void save()} onCancel={onCancel} saving={created.fetching} disabled={!name.trim() || !chosen || !(departmentId || jobRoleId)} error={created.error} />
          </>
        )}
      </QueryState>
    </Card>
  );
}
