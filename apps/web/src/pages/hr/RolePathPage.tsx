import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState } from '../../ui/QueryState';
import { LevelCard } from './paths/LevelCard';
import { PathPeople } from './paths/PathPeople';
import { CreatePathDocument, RolePathDocument } from './paths/path-documents';

/** One job role's skill path: its three levels, each with behaviours, resources and certifications. */
export function RolePathPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: RolePathDocument, variables: { jobRoleId: id } });
  const [created, create] = useMutation(CreatePathDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState {...result} retry={reload}>
      {(data) => {
        const role = data.jobRoles.find((r) => r.id === id);
        const path = data.skillPathForJobRole;
        const refusal = created.data?.createSkillPath.__typename === 'PathAlreadyExistsError' ? created.data.createSkillPath.message : null;
        return (
          <>
            <PageHeader
              title={role ? `${role.name}${role.retired ? ' (retired)' : ''}` : 'Job role'}
              help={path ? `Skill path: ${path.name}. Three levels; each lists what people do, where to start and the certifications it needs. Below them: who is on the path.` : undefined}
              actions={<Anchor component={Link} to="/hr/roles">All job roles</Anchor>}
            />
            {!path ? (
              <Alert color="blue" title="This role has no skill path yet">
                <Button mt="xs" loading={created.fetching} onClick={() => void create({ input: { jobRoleId: id, name: `${role?.name ?? 'Role'} path` } }).then((r) => r.data && reload())}>
                  Create its path
                </Button>
                {refusal && <Alert color="red" mt="xs">{refusal}</Alert>}
                <ErrorNotice error={created.error} />
              </Alert>
            ) : (
              <Stack gap="lg">
                {path.levels.map((level) => (
                  <LevelCard key={level.id} level={level} jobRoleId={id} data={data} onChanged={reload} />
                ))}
                <PathPeople pathId={path.id} pathName={path.name} retired={role?.retired ?? false} />
              </Stack>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
