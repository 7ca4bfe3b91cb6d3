import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { daysLeftText, formatDate } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { StatusBadge } from '../../../ui/StatusBadge';

const RecordDocument = graphql(`
  query CertificationRecordPage($id: ID!) {
    certificationRecord(id: $id) {
      id
      status
      daysLeft
      earnedOn
      expiresOn
      windowOpensOn
      effectiveDeadline
      graceEndsOn
      extendedUntil
      extensionReason
      credentialUrl
      employee { id displayName }
      certification { name issuer renewalRequirements studyGuideUrl estimatedHours }
    }
  }
`);

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** One certification record (where reminders link to): dates, status and what renewing takes. */
export function RecordPage() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: RecordDocument, variables: { id } });
  return (
    <QueryState {...result}>
      {({ certificationRecord: r }) => (
        <>
          <PageHeader title={r.certification.name} help={`${r.certification.issuer} · held by ${r.employee.displayName}`} actions={<Anchor component={Link} to="/certifications">All my certifications</Anchor>} />
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Fact label="Status"><StatusBadge status={r.status} /></Fact>
              <Fact label="Time left">{daysLeftText(r.daysLeft)}</Fact>
              <Fact label="Deadline">{formatDate(r.effectiveDeadline)}</Fact>
              <Fact label="Earned">{formatDate(r.earnedOn)}</Fact>
              <Fact label="Renewal opens">{formatDate(r.windowOpensOn)}</Fact>
              <Fact label="Grace period ends">{formatDate(r.graceEndsOn)}</Fact>
              {r.extendedUntil && <Fact label="Extended until">{formatDate(r.extendedUntil)}{r.extensionReason ? ` (${r.extensionReason})` : ''}</Fact>}
            </SimpleGrid>
            <Text fw={600} mt="lg">
              What renewing takes
            </Text>
            <Text size="sm">{r.certification.renewalRequirements ?? 'No requirements recorded.'}</Text>
            {r.certification.studyGuideUrl && (
              <Anchor href={r.certification.studyGuideUrl} target="_blank" rel="noreferrer" size="sm">
                Study guide
              </Anchor>
            )}
          </Card>
        </>
      )}
    </QueryState>
  );
}
