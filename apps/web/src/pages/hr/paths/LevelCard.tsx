import { Card, Title } from '@mantine/core';
import type { RolePathQuery } from '../../../gql/graphql';
import { levelName } from '../../../ui/format';
import { BehaviourList } from './BehaviourList';
import { LevelCertifications } from './LevelCertifications';
import { LevelSummary } from './LevelSummary';
import { ResourceList } from './ResourceList';

type Data = RolePathQuery;
type Level = NonNullable<Data['skillPathForJobRole']>['levels'][number];

/** One level of a role's path: behaviours, "start here" resources and certifications, all edited here. */
export function LevelCard({ level, jobRoleId, data, onChanged }: { level: Level; jobRoleId: string; data: Data; onChanged: () => void }) {
  const label = levelName(level.level);
  const requirements = data.certificationRequirements.filter((r) => r.level === level.level);
  return (
    <Card withBorder component="section" aria-labelledby={`level-${level.id}`}>
      <Title order={2} size="h3" id={`level-${level.id}`}>
        {label}
      </Title>
      <LevelSummary key={level.summary} levelId={level.id} levelLabel={label} summary={level.summary} onChanged={onChanged} />
      <Title order={3} size="h5" mt="sm" mb={4}>
        Behaviours
      </Title>
      <BehaviourList levelId={level.id} levelLabel={label} behaviours={level.behaviours} onChanged={onChanged} />
      <Title order={3} size="h5" mt="lg" mb={4}>
        Resources
      </Title>
      <ResourceList levelId={level.id} levelLabel={label} resources={level.resources} onChanged={onChanged} />
      <Title order={3} size="h5" mt="lg" mb={4}>
        Certifications
      </Title>
      <LevelCertifications jobRoleId={jobRoleId} level={level.level} levelLabel={label} requirements={requirements} catalog={data.certifications} onChanged={onChanged} />
    </Card>
  );
}
