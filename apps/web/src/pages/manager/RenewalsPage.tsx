import { useState } from 'react';
import { Alert, Anchor, SegmentedControl, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { daysLeftText, formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableHead } from '../../ui/TableHead';

const RenewalsDocument = graphql(`
  query RenewalsDue($withinDays: Int!) {
    renewalsDue(withinDays: $withinDays, first: 200, scope: MY_LINE) {
      totalCount
      nodes {
        id
        status
        daysLeft
        effectiveDeadline
        graceEndsOn
        employee { id displayName }
        certification { name }
      }
    }
  }
`);

/** Renewals due in my line: deadlines within the chosen window, and anything already due or in grace. */
export function RenewalsPage() {
  const [within, setWithin] = useState('90');
  const [result, refetch] = useQuery({ query: RenewalsDocument, variables: { withinDays: Number(within) } });
  return (
    <>
      <PageHeader
        title="Renewals due"
        help="Certifications in your line with a deadline coming up, soonest first, and those already due or in their grace period."
        actions={
          <SegmentedControl
            aria-label="Deadlines within"
            value={within}
            onChange={setWithin}
            data={[
              { value: '30', label: '30 days' },
              { value: '90', label: '90 days' },
              { value: '180', label: '180 days' },
            ]}
          />
        }
      />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ renewalsDue: page }) =>
          page.nodes.length === 0 ? (
            <Alert color="blue">Nothing is due in your line within {within} days.</Alert>
          ) : (
            <Table striped withTableBorder>
              <Table.Caption>{page.totalCount} certifications</Table.Caption>
              <TableHead columns={['Person', 'Certification', 'Status', 'Deadline']} />
              <Table.Tbody>
                {page.nodes.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/team/${r.employee.id}`}>
                        {r.employee.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{r.certification.name}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td>
                      {formatDate(r.effectiveDeadline)}
                      <Text size="xs" c="dimmed">
                        {daysLeftText(r.daysLeft)}
                        {r.graceEndsOn ? ` · grace until ${formatDate(r.graceEndsOn)}` : ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}
