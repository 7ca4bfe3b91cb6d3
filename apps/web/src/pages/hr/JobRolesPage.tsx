import { useState } from 'react';
import { Button, Card, Group, Table, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState, RefusalNotice } from '../../ui/QueryState';
import { CreateJobRoleDocument, JobRolesDocument } from './roles/role-documents';
import { RoleRow } from './roles/RoleRow';
import { TableHead } from '../../ui/TableHead';

/** Job roles and their skill paths: created, renamed, retired; each opens its path. */
export function JobRolesPage() {
  const [result, refetch] = useQuery({ query: JobRolesDocument });
  const [name, setName] = useState('');
  const [created, create] = useMutation(CreateJobRoleDocument);
  const navigate = useNavigate();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const refusal = created.data?.createJobRole.__typename === 'DuplicateNameError' ? created.data.createJobRole.message : null;
  const submit = async () => {
    const res = await create({ input: { name } });
    const role = res.data?.createJobRole;
    if (role?.__typename === 'JobRole') navigate(`/hr/roles/${role.id}`);
  };
  return (
    <>
      <PageHeader title="Job roles and skill paths" help="Each job role has one skill path of three levels. A retired role keeps its people and history but gets no new paths." />
      <Card withBorder component="section" aria-label="New job role" mb="lg">
        <Group align="flex-end">
          <TextInput label="New job role" value={name} onChange={(e) => setName(e.currentTarget.value)} w={320} />
          <Button onClick={() => void submit()} loading={created.fetching} disabled={!name.trim()}>
            Create role
          </Button>
        </Group>
        <RefusalNotice message={refusal} />
        <ErrorNotice error={created.error} />
      </Card>
      <QueryState {...result} retry={reload}>
        {(data) => {
          const withPath = new Set(data.skillPaths.map((p) => p.jobRoleId));
          return (
            <Table striped>
              <TableHead columns={['Job role', 'Skill path', 'State', 'Change']} />
              <Table.Tbody>
                {data.jobRoles.map((r) => (
                  <RoleRow key={`${r.id}-${r.name}-${r.retired}`} role={r} hasPath={withPath.has(r.id)} onChanged={reload} />
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
    </>
  );
}
