import { useEffect, useState } from 'react';
import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { daysLeftText, formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { PathCard } from '../employee/home/PathCard';
import { SnapshotDocument } from '../employee/home/snapshot-query';
import { TableHead } from '../../ui/TableHead';
import { PathAssignmentsCard } from './person/PathAssignmentsCard';
import { PastPathsCard } from './person/PastPathsCard';

const PersonDocument = graphql(`
  query Person($id: ID!) {
    employee(id: $id) {
      id
      displayName
      firstName
      email
      jobRole { name }
      department { name }
      manager { id displayName }
      currentCertifications { id status daysLeft effectiveDeadline certification { name } }
    }
  }
`);

function Snapshot({ employeeId, person, version }: { employeeId: string; person: string; version: number }) {
  const [result, refetch] = useQuery({ query: SnapshotDocument, variables: { employeeId } });
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  return (
    <QueryState {...result}>
      {(data) =>
        data.fromToSnapshot.sections.length === 0 ? null /* the skill paths card says so */ : (
          <Stack gap="lg">
            {data.fromToSnapshot.sections.map((s) => (
              <PathCard key={s.assignmentId} section={s} person={person} />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}

/** One person in my line: who they are, their certifications, their path and progress. */
export function PersonPage() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: PersonDocument, variables: { id } });
  const [version, setVersion] = useState(0);
  return (
    <QueryState {...result}>
      {({ employee: e }) => (
        <>
          <PageHeader
            title={e.displayName}
            help={[e.jobRole?.name, e.department?.name, e.manager ? `reports to ${e.manager.displayName}` : null].filter(Boolean).join(' · ')}
            actions={<Anchor component={Link} to="/team">Back to the team</Anchor>}
          />
          <Card withBorder mb="lg" component="section" aria-labelledby="person-certs">
            <Title order={2} size="h4" id="person-certs" mb="sm">
              Certifications
            </Title>
            {e.currentCertifications.length === 0 ? (
              <Text c="dimmed">No certifications.</Text>
            ) : (
              <Table withTableBorder>
                <TableHead columns={['Certification', 'Status', 'Deadline']} />
                <Table.Tbody>
                  {e.currentCertifications.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.certification.name}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={c.status} />
                      </Table.Td>
                      <Table.Td>
                        {formatDate(c.effectiveDeadline)} ({daysLeftText(c.daysLeft)})
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
          <PathAssignmentsCard employeeId={e.id} onChanged={() => setVersion((v) => v + 1)} />
          <PastPathsCard employeeId={e.id} version={version} />
          <Snapshot employeeId={e.id} person={e.firstName} version={version} />
        </>
      )}
    </QueryState>
  );
}
