import { useState } from 'react';
import { Alert, Badge, Group, Select, Table } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { CsvButton, rounded } from './CsvButton';
import { ImpactChart, type ImpactPoint } from './ImpactChart';
import { TableHead } from '../../../ui/TableHead';

const MetricsDocument = graphql(`
  query ImpactMetrics {
    metricDefinitions { key name unit higherIsBetter }
  }
`);
const RankingDocument = graphql(`
  query ImpactRanking($metricKey: String!) {
    certificationImpactRanking(metricKey: $metricKey) {
      certificationId certificationName metricName metricUnit summary rankScore
      paired { n meanDifference ciLow ciHigh significant verdict pValue }
      peers { nCertified nPeers meanDifference ciLow ciHigh significant verdict }
    }
  }
`);

const VERDICT: Record<string, { label: string; color: string }> = {
  IMPROVED: { label: 'Improved', color: 'green' },
  WORSENED: { label: 'Worsened', color: 'red' },
  INCONCLUSIVE: { label: 'Not clear yet', color: 'gray' },
};

function Ranking({ metricKey, unit }: { metricKey: string; unit: string }) {
  const [result] = useQuery({ query: RankingDocument, variables: { metricKey } });
  return (
    <QueryState {...result}>
      {(data) => {
        const rows = data.certificationImpactRanking;
        const points: ImpactPoint[] = rows
          .filter((r) => r.paired.meanDifference != null)
          .map((r) => {
            const d = r.paired.meanDifference ?? 0;
            return { name: r.certificationName, change: d, interval: [d - (r.paired.ciLow ?? d), (r.paired.ciHigh ?? d) - d] };
          });
        return (
          <>
            {points.length ? <ImpactChart points={points} unit={unit} /> : <Alert color="blue">No certification has enough data on this metric yet.</Alert>}
            <Table striped mt="md">
              <TableHead columns={['Certification', 'People', 'Mean change (95% interval)', 'Verdict', 'In words']} />
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.certificationId}>
                    <Table.Td>{r.certificationName}</Table.Td>
                    <Table.Td>{r.paired.n}</Table.Td>
                    <Table.Td>
                      {rounded(r.paired.meanDifference, 2)} ({rounded(r.paired.ciLow, 2)} to {rounded(r.paired.ciHigh, 2)})
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge variant="light" color={VERDICT[r.paired.verdict]?.color} tt="none" styles={{ root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible', textOverflow: 'clip' } }}>
                        {VERDICT[r.paired.verdict]?.label ?? r.paired.verdict}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{r.summary}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        );
      }}
    </QueryState>
  );
}

/** Certification impact on a performance metric: change before → after earning it, with 95% intervals. */
export function ImpactView() {
  const [metrics] = useQuery({ query: MetricsDocument });
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <QueryState {...metrics}>
      {(data) => {
        const key = picked ?? data.metricDefinitions[0]?.key ?? null;
        const metric = data.metricDefinitions.find((m) => m.key === key);
        if (!key || !metric) return <Alert color="blue">No performance metric is tracked yet. Add a metrics connector to measure impact.</Alert>;
        return (
          <>
            <Group justify="space-between" align="flex-end" mb="md">
              <Select label="Performance metric" data={data.metricDefinitions.map((m) => ({ value: m.key, label: m.name }))} value={key} onChange={setPicked} allowDeselect={false} w={280} />
              <CsvButton url={`/reports/certification-impact-ranking.csv?metricKey=${encodeURIComponent(key)}`} filename="certification-impact.csv" label="Download impact (CSV)" />
            </Group>
            <Ranking metricKey={key} unit={metric.unit ?? ''} />
          </>
        );
      }}
    </QueryState>
  );
}
