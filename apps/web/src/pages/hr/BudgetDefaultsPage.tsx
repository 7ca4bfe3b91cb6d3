import { useState } from 'react';
import { Button, Card, Group, NumberInput, SegmentedControl, Select, Table, TextInput } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { hours, levelName } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState } from '../../ui/QueryState';
import { TableHead } from '../../ui/TableHead';

const DefaultsDocument = graphql(`
  query HrBudgetDefaults {
    practiceBudgetDefaults { id hours pathLevelId program }
    skillPaths { id name levels { id level } }
  }
`);
const SetDefaultDocument = graphql(`
  mutation HrSetBudgetDefault($input: SetPracticeBudgetDefaultInput!) {
    setPracticeBudgetDefault(input: $input) { id hours }
  }
`);

/** HR's default practice hours per path level or per program: what a manager's proposal starts from. */
export function BudgetDefaultsPage() {
  const [result, refetch] = useQuery({ query: DefaultsDocument });
  const [set, setDefault] = useMutation(SetDefaultDocument);
  const [by, setBy] = useState('level');
  const [levelId, setLevelId] = useState<string | null>(null);
  const [program, setProgram] = useState('');
  const [amount, setAmount] = useState<number | ''>(8);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const save = async () => {
    const input = by === 'level' ? { pathLevelId: levelId, hours: Number(amount) } : { program: program.trim(), hours: Number(amount) };
    const res = await setDefault({ input });
    if (res.data) reload();
  };
  return (
    <>
      <PageHeader title="Practice budget defaults" help="The practice hours a manager's proposal starts from, per path level or per program. Setting one again changes it." />
      <QueryState {...result} retry={reload}>
        {(data) => {
          const levels = data.skillPaths.flatMap((p) => p.levels.map((l) => ({ value: l.id, label: `${p.name}: ${levelName(l.level)}` })));
          const levelLabel = new Map(levels.map((l) => [l.value, l.label]));
          return (
            <>
              <Card withBorder component="section" aria-label="Set a default" mb="lg">
                <Group align="flex-end">
                  <SegmentedControl value={by} onChange={setBy} data={[{ value: 'level', label: 'For a path level' }, { value: 'program', label: 'For a program' }]} aria-label="The default is for" />
                  {by === 'level' ? (
                    <Select label="Path level" data={levels} value={levelId} onChange={setLevelId} searchable w={320} />
                  ) : (
                    <TextInput label="Program" value={program} onChange={(e) => setProgram(e.currentTarget.value)} w={320} />
                  )}
                  <NumberInput label="Hours" value={amount} onChange={(v) => setAmount(v === '' ? '' : Number(v))} min={0} step={1} w={110} />
                  <Button onClick={() => void save()} loading={set.fetching} disabled={amount === '' || (by === 'level' ? !levelId : !program.trim())}>
                    Save default
                  </Button>
                </Group>
                <ErrorNotice error={set.error} />
              </Card>
              <Table striped>
                <TableHead columns={['For', 'Hours']} />
                <Table.Tbody>
                  {data.practiceBudgetDefaults.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{d.pathLevelId ? (levelLabel.get(d.pathLevelId) ?? 'A path level') : `Program: ${d.program}`}</Table.Td>
                      <Table.Td>{hours(d.hours)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
