import { useState } from 'react';
import { Button, Card, Group, SimpleGrid, Title } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { downloadFile } from '../../api/downloads';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState } from '../../ui/QueryState';
import { trendRows } from './scorecard/trend';
import { Figure } from '../../ui/Figure';

const ScorecardDocument = graphql(`
  query Scorecard($m0: String!, $m1: String!, $m2: String!, $m3: String!, $m4: String!, $m5: String!) {
    m0: managerScorecard(month: $m0) { ...ScorecardMonth }
    m1: managerScorecard(month: $m1) { ...ScorecardMonth }
    m2: managerScorecard(month: $m2) { ...ScorecardMonth }
    m3: managerScorecard(month: $m3) { ...ScorecardMonth }
    m4: managerScorecard(month: $m4) { ...ScorecardMonth }
    m5: managerScorecard(month: $m5) { ...ScorecardMonth }
  }
  fragment ScorecardMonth on ManagerScorecard {
    month
    teamSize
    conversations
    conversationsPerPerson
    stepsDone
    stepsDoneOnTime
    stepsOverdue
    onTimeRate
    teamWithNewBehaviour
    shareWithNewBehaviour
  }
`);

const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 100)} %`);

/** My development scorecard for a month, and its six-month trend. */
export function ScorecardPage() {
  const [month, setMonth] = useState<string | null>(dayjs().startOf('month').format('YYYY-MM-DD'));
  const [problem, setProblem] = useState<Error | null>(null);
  const end = dayjs(month ?? undefined);
  const months = Array.from({ length: 6 }, (_, i) => end.subtract(i, 'month').format('YYYY-MM'));
  const [result, refetch] = useQuery({ query: ScorecardDocument, variables: { m0: months[0], m1: months[1], m2: months[2], m3: months[3], m4: months[4], m5: months[5] } });
  const csv = () => downloadFile('/reports/kpis.csv', 'team-kpis.csv').catch(setProblem);
  return (
    <>
      <PageHeader
        title="My scorecard"
        help="How you develop your team: conversations held, playbook steps done on time, people showing a new behaviour."
        actions={
          <Group align="flex-end">
            <MonthPickerInput label="Month" value={month} onChange={setMonth} maxDate={dayjs().format('YYYY-MM-DD')} valueFormat="MMMM YYYY" previousLabel="Previous year" nextLabel="Next year" w={180} />
            <Button variant="default" onClick={() => void csv()}>
              Download team KPIs (CSV)
            </Button>
          </Group>
        }
      />
      <ErrorNotice error={problem} />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const now = data.m0;
          return (
            <>
              <SimpleGrid cols={{ base: 2, md: 4 }} mb="lg">
                <Figure framed label="People in my line" value={now.teamSize} />
                <Figure framed label="Development conversations" value={now.conversations} />
                <Figure framed label="Steps done on time" value={pct(now.onTimeRate)} />
                <Figure framed label="People with a new behaviour (90 days)" value={`${now.teamWithNewBehaviour} (${pct(now.shareWithNewBehaviour)})`} />
              </SimpleGrid>
              <Card withBorder component="section" aria-labelledby="trend-title">
                <Title order={2} size="h4" id="trend-title" mb="sm">
                  Last six months
                </Title>
                <LineChart
                  h={260}
                  data={trendRows([data.m5, data.m4, data.m3, data.m2, data.m1, data.m0])}
                  dataKey="month"
                  series={[
                    { name: 'Conversations', color: 'teal.8' },
                    { name: 'Steps done', color: 'blue.8' },
                    { name: 'Steps overdue', color: 'red.8' },
                  ]}
                  withLegend
                  curveType="linear"
                />
              </Card>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
