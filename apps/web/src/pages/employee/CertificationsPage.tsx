import { Alert, Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { daysLeftText, formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { CalendarFeedCard } from './certifications/CalendarFeedCard';
import { TableHead } from '../../ui/TableHead';

const MyCertificationsDocument = graphql(`
  query MyCertifications {
    myCertifications {
      status
      daysLeft
      effectiveDeadline
      renewalRequirements
      estimatedHours
      studyGuideUrl
      certification { id name issuer }
      record { id earnedOn expiresOn windowOpensOn graceEndsOn }
    }
  }
`);

/** My certifications: status today, days left, deadlines and what renewing takes; my calendar feed. */
export function CertificationsPage() {
  const [result, refetch] = useQuery({ query: MyCertificationsDocument });
  return (
    <>
      <PageHeader title="My certifications" help="Soonest deadline first. The deadline includes any extension; after it, a grace period may apply." />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ myCertifications: certs }) =>
          certs.length === 0 ? (
            <Alert color="blue">You hold no certifications yet.</Alert>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped withTableBorder verticalSpacing="sm">
                <TableHead columns={['Certification', 'Status', 'Time left', 'Deadline', 'Renewal opens', 'What renewing takes']} />
                <Table.Tbody>
                  {certs.map((c) => (
                    <Table.Tr key={c.record.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/certifications/records/${c.record.id}`} fw={600}>
                          {c.certification.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {c.certification.issuer} · earned {formatDate(c.record.earnedOn)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={c.status} />
                      </Table.Td>
                      <Table.Td>{daysLeftText(c.daysLeft)}</Table.Td>
                      <Table.Td>
                        {formatDate(c.effectiveDeadline)}
                        {c.record.graceEndsOn && (
                          <Text size="xs" c="dimmed">
                            grace until {formatDate(c.record.graceEndsOn)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{formatDate(c.record.windowOpensOn)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{c.renewalRequirements ?? 'No requirements recorded'}</Text>
                        {c.estimatedHours != null && (
                          <Text size="xs" c="dimmed">
                            about {c.estimatedHours} hours
                          </Text>
                        )}
                        {c.studyGuideUrl && (
                          <Anchor href={c.studyGuideUrl} target="_blank" rel="noreferrer" size="xs">
                            Study guide
                          </Anchor>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <CalendarFeedCard />
    </>
  );
}
