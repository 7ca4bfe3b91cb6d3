import { CompositeChart } from '@mantine/charts';
import { Group, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { CsvButton, percent } from './CsvButton';
import { TableHead } from '../../../ui/TableHead';

const SpendDocument = graphql(`
  query Spend($from: String!, $to: String!) {
    certificationSpend(from: $from, to: $to, dimension: NONE) {
      quarter totalSpend certificationSpend trainingSpend certificationsEarned attempts passed passRate costPerCertification
    }
  }
`);

const quarterName = (iso: string) => `Q${Math.floor(dayjs(iso).month() / 3) + 1} ${dayjs(iso).year()}`;
const money = (v: number | null | undefined) => (v == null ? '—' : Math.round(v).toLocaleString('en'));

/** Training and certification spend vs certifications earned and the exam pass rate, per quarter (last two years). */
export function SpendView() {
  const to = dayjs().format('YYYY-MM-DD');
  const from = dayjs().subtract(21, 'month').format('YYYY-MM-DD');
  const [result] = useQuery({ query: SpendDocument, variables: { from, to } });
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md">
        <Text size="sm">Spend is exam and certification costs plus practice hours at their hourly cost. The last eight quarters.</Text>
        <CsvButton url={`/reports/certification-spend.csv?from=${from}&to=${to}&dimension=NONE`} filename="certification-spend.csv" label="Download spend (CSV)" />
      </Group>
      <QueryState {...result}>
        {(data) => {
          const rows = data.certificationSpend;
          return (
            <>
              <CompositeChart
                h={300}
                data={rows.map((r) => ({
                  quarter: quarterName(r.quarter),
                  Spend: Math.round(r.totalSpend),
                  'Certifications earned': r.certificationsEarned,
                  'Pass rate': r.passRate == null ? null : Math.round(r.passRate * 100),
                }))}
                dataKey="quarter"
                withLegend
                withRightYAxis
                curveType="linear"
                rightYAxisLabel="Earned / pass rate %"
                yAxisLabel="Spend"
                series={[
                  { name: 'Spend', color: 'blue.8', type: 'bar' },
                  { name: 'Certifications earned', color: 'teal.8', type: 'line', yAxisId: 'right' },
                  { name: 'Pass rate', color: 'orange.8', type: 'line', yAxisId: 'right' },
                ]}
                role="img"
                aria-label="Spend, certifications earned and exam pass rate per quarter"
              />
              <Table striped mt="md">
                <TableHead columns={['Quarter', 'Spend', 'Certifications earned', 'Cost per certification', 'Exams passed', 'Pass rate']} />
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.quarter}>
                      <Table.Td>{quarterName(r.quarter)}</Table.Td>
                      <Table.Td>{money(r.totalSpend)}</Table.Td>
                      <Table.Td>{r.certificationsEarned}</Table.Td>
                      <Table.Td>{money(r.costPerCertification)}</Table.Td>
                      <Table.Td>
                        {r.passed} of {r.attempts}
                      </Table.Td>
                      <Table.Td>{percent(r.passRate)}</Table.Td>
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
