import { useState } from 'react';
import { Button, Group, MultiSelect, Select, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, RefusalNotice } from '../../../ui/QueryState';
import { AssignPathDocument, FindPeopleDocument } from './assignment-documents';

const STARTS = [
  { value: 'NONE', label: 'Not yet baseline' },
  { value: 'BASELINE', label: 'Baseline' },
  { value: 'PROFICIENT', label: 'Proficient' },
];
const TARGETS = [
  { value: 'BASELINE', label: 'Baseline' },
  { value: 'PROFICIENT', label: 'Proficient' },
  { value: 'ADVANCED', label: 'Advanced' },
];

/** Puts one or more people on the path: where they start, the level they aim for and by when (today or later). */
export function AssignPeopleForm({ pathId, onAssigned }: { pathId: string; onAssigned: () => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [found] = useQuery({ query: FindPeopleDocument, variables: { search: debounced.trim() || null } });
  const [picked, setPicked] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [start, setStart] = useState<string | null>('NONE');
  const [target, setTarget] = useState<string | null>('PROFICIENT');
  const [targetDate, setTargetDate] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [assigned, assign] = useMutation(AssignPathDocument);

  const results = (found.data?.employees.nodes ?? []).map((e) => ({ value: e.id, label: `${e.displayName} (${e.jobRole?.name ?? e.email})` }));
  const options = [...picked.filter((id) => !results.some((r) => r.value === id)).map((id) => ({ value: id, label: labels[id] ?? id })), ...results];
  const pick = (ids: string[]) => {
    setLabels((known) => ({ ...known, ...Object.fromEntries(results.map((r) => [r.value, r.label])) }));
    setPicked(ids);
  };

  const submit = async () => {
    const refused: string[] = [];
    const kept: string[] = [];
    for (const employeeId of picked) {
      const input = { employeeId, pathId, currentLevel: start === 'NONE' ? null : (start as never), targetLevel: target as never, targetDate };
      const res = (await assign({ input })).data?.assignPath;
      const who = (labels[employeeId] ?? '').replace(/ \(.*\)$/, '');
      if (res && res.__typename !== 'PathAssignment') {
        refused.push(`${who}: ${res.message}`);
        kept.push(employeeId);
      } else if (!res) kept.push(employeeId);
    }
    setRefusals(refused);
    setPicked(kept);
    if (kept.length < picked.length) onAssigned();
  };

  return (
    <section aria-labelledby="assign-people">
      <Title order={3} size="h5" mt="lg" mb={4} id="assign-people">
        Assign people
      </Title>
      <Group align="flex-end" wrap="wrap">
        <MultiSelect
          label="People"
          placeholder={picked.length ? undefined : 'Type a name or email'}
          data={options}
          value={picked}
          onChange={pick}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          hidePickedOptions
          nothingFoundMessage={found.fetching ? 'Searching…' : 'Nobody found'}
          w={360}
        />
        <Select label="Level today" data={STARTS} value={start} onChange={setStart} allowDeselect={false} w={170} />
        <Select label="Aiming for" data={TARGETS} value={target} onChange={setTarget} allowDeselect={false} w={150} />
        <DateInput label="By (optional)" placeholder="Pick a date" value={targetDate} onChange={setTargetDate} valueFormat="D MMM YYYY" clearable clearButtonProps={{ 'aria-label': 'No target date' }} w={170} />
        <Button onClick={() => void submit()} loading={assigned.fetching} disabled={picked.length === 0}>
          {picked.length > 1 ? `Assign ${picked.length} people` : 'Assign'}
        </Button>
      </Group>
      {refusals.map((r) => (
        <RefusalNotice key={r} message={r} />
      ))}
      <ErrorNotice error={assigned.error ?? found.error} />
    </section>
  );
}
