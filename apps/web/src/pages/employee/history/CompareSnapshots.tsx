import { useState } from 'react';
import { Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDate, levelName } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';

const CompareDocument = graphql(`
  query CompareSnapshots($employeeId: ID!, $from: LocalDate!, $to: LocalDate!) {
    compareSnapshots(employeeId: $employeeId, from: $from, to: $to) {
      assignmentId
      pathName
      fromLevel
      toLevel
      fromTakenOn
      toTakenOn
      levelsGained
      behavioursGained { id activity level }
    }
  }
`);

/** Compare two saved dates: levels and behaviours gained in between. */
export function CompareSnapshots({ employeeId, dates }: { employeeId: string; dates: string[] }) {
  const [from, setFrom] = useState<string | null>(dates[dates.length - 1] ?? null);
  const [to, setTo] = useState<string | null>(dates[0] ?? null);
  const options = dates.map((d) => ({ value: d, label: formatDate(d) }));
  const [result] = useQuery({ query: CompareDocument, variables: { employeeId, from: from ?? '', to: to ?? '' }, pause: !from || !to });
  return (
    <Card withBorder component="section" aria-labelledby="compare-title">
      <Title order={2} size="h4" id="compare-title" mb="sm">
        Compare two dates
      </Title>
      <Group mb="md">
        <Select label="From" data={options} value={from} onChange={setFrom} allowDeselect={false} w={180} />
        <Select label="To" data={options} value={to} onChange={setTo} allowDeselect={false} w={180} />
      </Group>
      <QueryState {...result}>
        {({ compareSnapshots: rows }) => (
          <Stack gap="sm" data-testid="comparison">
            {rows.map((c) => (
              <div key={c.assignmentId}>
                <Text fw={600}>
                  {c.pathName}: {levelName(c.fromLevel)} on {formatDate(c.fromTakenOn)} → {levelName(c.toLevel)} on {formatDate(c.toTakenOn)}
                </Text>
                {c.behavioursGained.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No new level in between.
                  </Text>
                ) : (
                  <List size="sm">
                    {c.behavioursGained.map((b) => (
                      <List.Item key={b.id}>
                        {levelName(b.level)}: {b.activity}
                      </List.Item>
                    ))}
                  </List>
                )}
              </div>
            ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
