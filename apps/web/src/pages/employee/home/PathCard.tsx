import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { FromToSnapshotQuery } from '../../../gql/graphql';
import { formatDate, levelName } from '../../../ui/format';
import { BehaviourProgressList } from './BehaviourProgressList';

type Section = FromToSnapshotQuery['fromToSnapshot']['sections'][number];
type Behaviour = Section['currentBehaviours'][number];

function Behaviours({ items, empty }: { items: Behaviour[]; empty: string }) {
  if (items.length === 0) return <Text size="sm" c="dimmed">{empty}</Text>;
  return (
    <List spacing="xs" size="sm">
      {items.map((b) => (
        <List.Item key={b.id}>
          <Text size="sm" fw={500} span>
            {b.activity}
          </Text>
          <Text size="sm" c="dimmed">
            {b.expectedOutput}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * One path: today's level and the target, the from–to snapshot, "start here" and the behaviours.
 * Read by the employee ("What I handle today"), or by their manager about them (`person`: "What Eli handles today").
 */
export function PathCard({ section: s, person }: { section: Section; person?: string }) {
  const words = person
    ? { today: `What ${person} handles today`, next: `What ${person} will handle by`, reached: `${person} has reached the target.` }
    : { today: 'What I handle today', next: 'What I will handle by', reached: 'You have reached your target.' };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`path-${s.assignmentId}`}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={`path-${s.assignmentId}`}>
          {s.pathName}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="teal" size="lg">
            Today: {levelName(s.currentLevel)}
          </Badge>
          <Badge variant="outline" size="lg">
            Target: {levelName(s.targetLevel)}
            {s.targetDate ? ` by ${formatDate(s.targetDate)}` : ''}
          </Badge>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {words.today}
          </Title>
          {s.currentLevelSummary && <Text size="sm">{s.currentLevelSummary}</Text>}
          <Behaviours items={s.currentBehaviours} empty="Nothing observed at a level yet." />
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {words.next} {formatDate(s.horizonDate)}
          </Title>
          {s.targetLevelSummary && <Text size="sm">{s.targetLevelSummary}</Text>}
          <Behaviours items={s.handledDifferently} empty={words.reached} />
        </Stack>
      </SimpleGrid>
      <Title order={3} size="h5" mt="lg" mb="xs">
        Start here
      </Title>
      {s.startHere.length === 0 ? (
        <Text size="sm" c="dimmed">No starting resources for this level yet.</Text>
      ) : (
        <List size="sm" spacing={4}>
          {s.startHere.map((r) => (
            <List.Item key={r.id}>
              <Anchor href={r.url} target="_blank" rel="noreferrer">
                {r.title}
              </Anchor>
              <Text span size="xs" c="dimmed">
                {' '}
                · {r.kind.toLowerCase()}
                {r.estimatedMinutes ? ` · ${r.estimatedMinutes} min` : ''}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <BehaviourProgressList assignmentId={s.assignmentId} />
    </Card>
  );
}
