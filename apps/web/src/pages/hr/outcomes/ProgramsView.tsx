import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Alert, Badge, Button, Group, Select, Table } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { CsvButton, rounded } from './CsvButton';
import { ProgramEditor } from './ProgramEditor';
import { ArchiveProgramButton } from './ArchiveProgramButton';
import { TableHead } from '../../../ui/TableHead';

const ProgramsDocument = graphql(`
  query Programs {
    programs { id name startsOn }
  }
`);
const ProgressDocument = graphql(`
  query ProgramProgressView($id: ID!) {
    programProgress(id: $id) {
      cohortSize
      goals { target actual met sampleSize passRateBasis windowEndsOn goal { id kind metricKey } }
    }
  }
`);

const GOAL: Record<string, string> = {
  COMPLETION: 'Reached the level',
  PASS_RATE: 'Passed the exam',
  BEHAVIOUR: 'Showed the behaviour',
  BUSINESS_METRIC: 'Metric change',
};
const goalName = (kind: string, metricKey?: string | null) => (kind === 'BUSINESS_METRIC' && metricKey ? `Change of ${metricKey}` : (GOAL[kind] ?? kind));

function Progress({ id }: { id: string }) {
  const [result] = useQuery({ query: ProgressDocument, variables: { id } });
  return (
    <QueryState {...result}>
      {({ programProgress: p }) => (
        <>
          <BarChart
            h={280}
            data={p.goals.map((g) => ({ goal: goalName(g.goal.kind, g.goal.metricKey), Goal: g.target, Actual: g.actual == null ? null : Number(g.actual.toFixed(1)) }))}
            dataKey="goal"
            unit=" %"
            withLegend
            series={[
              { name: 'Goal', color: 'gray.6' },
              { name: 'Actual', color: 'teal.8' },
            ]}
            role="img"
            aria-label="Each goal of the program against what was reached, in percent"
          />
          <Table striped mt="md">
            <Table.Caption>{p.cohortSize} people in the cohort</Table.Caption>
            <TableHead columns={['Goal', 'Target', 'Actual', 'Counted over', 'Met']} />
            <Table.Tbody>
              {p.goals.map((g) => (
                <Table.Tr key={g.goal.id}>
                  <Table.Td>{goalName(g.goal.kind, g.goal.metricKey)}</Table.Td>
                  <Table.Td>{g.target} %</Table.Td>
                  <Table.Td>{g.actual == null ? '—' : `${rounded(g.actual)} %`}</Table.Td>
                  <Table.Td>
                    {g.sampleSize} {g.passRateBasis === 'EXAM_ATTEMPTS' ? 'exam attempts' : 'people'}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={g.met == null ? 'gray' : g.met ? 'green' : 'red'}>
                      {g.met == null ? 'Not measurable yet' : g.met ? 'Met' : 'Not met'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </QueryState>
  );
}

/** Program charters: each goal against what the cohort reached; HR defines new ones and archives old ones here. */
export function ProgramsView() {
  const [programs, refetch] = useQuery({ query: ProgramsDocument });
  const [picked, setPicked] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const editor = creating && (
    <ProgramEditor
      onCancel={() => setCreating(false)}
      onCreated={(id) => {
        setCreating(false);
        setPicked(id);
        refetch({ requestPolicy: 'network-only' });
      }}
    />
  );
  const newButton = !creating && (
    <Button variant="default" onClick={() => setCreating(true)}>
      New program
    </Button>
  );
  return (
    <QueryState {...programs}>
      {(data) => {
        const id = picked ?? data.programs[0]?.id ?? null;
        if (!id) {
          return (
            <>
              {editor}
              <Alert color="blue">
                No program charter yet. {newButton}
              </Alert>
            </>
          );
        }
        return (
          <>
            {editor}
            <Group justify="space-between" align="flex-end" mb="md">
              <Select label="Program" data={data.programs.map((p) => ({ value: p.id, label: p.name }))} value={id} onChange={setPicked} allowDeselect={false} w={320} />
              <Group>
                {newButton}
                <ArchiveProgramButton
                  id={id}
                  name={data.programs.find((p) => p.id === id)?.name ?? 'this program'}
                  onArchived={() => {
                    setPicked(null);
                    refetch({ requestPolicy: 'network-only' });
                  }}
                />
                <CsvButton url={`/reports/program-progress.csv?id=${id}`} filename="program-progress.csv" label="Download progress (CSV)" />
              </Group>
            </Group>
            <Progress id={id} />
          </>
        );
      }}
    </QueryState>
  );
}
