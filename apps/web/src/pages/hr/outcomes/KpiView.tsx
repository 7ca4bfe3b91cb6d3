import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Group, Select, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { KpiDimension } from '../../../gql/graphql';
import { levelName } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { CsvButton, percent } from './CsvButton';
import { TableHead } from '../../../ui/TableHead';

const KpisDocument = graphql(`
  query Kpis($dimension: KpiDimension!) {
    kpis(dimension: $dimension) {
      groupId groupName headcount assignments completed completionRate dropOffLevel dropOffCount dropOffStep dropOffStepCount
      renewalOnTimeRate expiredCount playbookStepsOnTimeRate timeToCompetencyMedianDays
    }
  }
`);

const DIMENSIONS = [
  { value: 'DEPARTMENT', label: 'Department' },
  { value: 'JOB_ROLE', label: 'Job role' },
  { value: 'MANAGER', label: 'Manager' },
  { value: 'LOCATION', label: 'Location' },
];

/** Path completion, renewals on time and playbook steps on time per group, with where people stall. */
export function KpiView() {
  const [dimension, setDimension] = useState<string | null>('DEPARTMENT');
  const dim = (dimension ?? 'DEPARTMENT') as KpiDimension;
  const [result] = useQuery({ query: KpisDocument, variables: { dimension: dim } });
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md">
        <Select label="Group by" data={DIMENSIONS} value={dimension} onChange={setDimension} allowDeselect={false} w={200} />
        <CsvButton url={`/reports/kpis.csv?dimension=${dim}`} filename="kpis.csv" label="Download KPIs (CSV)" />
      </Group>
      <QueryState {...result}>
        {(data) => (
          <>
            <BarChart
              h={300}
              data={data.kpis.map((k) => ({
                group: k.groupName,
                'On a path': k.assignments,
                'Reached the target level': k.completed,
                'Stalled before a level': k.dropOffCount,
                'Certifications expired': k.expiredCount,
              }))}
              dataKey="group"
              series={[
                { name: 'On a path', color: 'blue.8' },
                { name: 'Reached the target level', color: 'teal.8' },
                { name: 'Stalled before a level', color: 'orange.8' },
                { name: 'Certifications expired', color: 'red.8' },
              ]}
              withLegend
              aria-label="People on a path, reaching the target level, stalled before a level, and certifications expired, per group"
              role="img"
            />
            <Table striped mt="md">
              <TableHead columns={['Group', 'People', 'Path completed', 'Most stall before', 'Playbook step most often late', 'Renewed on time', 'Expired']} />
              <Table.Tbody>
                {data.kpis.map((k) => (
                  <Table.Tr key={k.groupId ?? k.groupName}>
                    <Table.Td>{k.groupName}</Table.Td>
                    <Table.Td>{k.headcount}</Table.Td>
                    <Table.Td>
                      {k.completed} of {k.assignments} ({percent(k.completionRate)})
                    </Table.Td>
                    <Table.Td>{k.dropOffLevel ? `${levelName(k.dropOffLevel)} (${k.dropOffCount} ${k.dropOffCount === 1 ? 'person' : 'people'})` : '—'}</Table.Td>
                    <Table.Td>{k.dropOffStep ? `${k.dropOffStep} (${k.dropOffStepCount} ${k.dropOffStepCount === 1 ? 'run' : 'runs'})` : '—'}</Table.Td>
                    <Table.Td>{percent(k.renewalOnTimeRate)}</Table.Td>
                    <Table.Td>{k.expiredCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {data.kpis.length === 0 && <Text>No one is on a path yet.</Text>}
          </>
        )}
      </QueryState>
    </>
  );
}
