import { useState } from 'react';
import { Alert, Button, Group, Table } from '@mantine/core';
import { useMutation } from 'urql';
import type { HrIncentivesQuery } from '../../../gql/graphql';
import { formatDate } from '../../../ui/format';
import { ErrorNotice, RefusalNotice } from '../../../ui/QueryState';
import { DecideDocument, kindName, recurrenceWords } from './incentive-documents';
import { TableHead } from '../../../ui/TableHead';

type Award = HrIncentivesQuery['incentiveAwardsAwaitingApproval'][number];

/** Awards whose condition was met, waiting for HR: the person, the rule, the amount; approve or reject. */
export function AwardsAwaiting({ awards, onDecided }: { awards: Award[]; onDecided: () => void }) {
  const [state, decide] = useMutation(DecideDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A refused decision (the award was decided meanwhile) is said in words, and the list is read again.
  const submit = (id: string, approve: boolean) =>
    void decide({ input: { id, approve } }).then((r) => {
      const out = r.data?.decideIncentiveAward;
      setRefusal(out?.__typename === 'IncentiveAward' ? null : (out?.message ?? null));
      if (out) onDecided();
    });
  if (awards.length === 0) return <Alert color="blue">No award is waiting for approval.</Alert>;
  return (
    <>
      <Table striped>
        <TableHead columns={['Person', 'Rule', 'Award', 'Condition met', 'Decision']} />
        <Table.Tbody>
          {awards.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.employee.displayName}</Table.Td>
              <Table.Td>{a.rule.name}</Table.Td>
              <Table.Td>
                {kindName(a.kind)}
                {a.amount != null ? ` of ${a.amount} ${a.currency ?? ''}, paid ${recurrenceWords(a.rule.amountRecurrence)}` : ''}
              </Table.Td>
              <Table.Td>{formatDate(a.metOn)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="compact-sm" onClick={() => submit(a.id, true)} aria-label={`Approve ${a.rule.name} for ${a.employee.displayName}`}>
                    Approve
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => submit(a.id, false)} aria-label={`Reject ${a.rule.name} for ${a.employee.displayName}`}>
                    Reject
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RefusalNotice message={refusal} />
      <ErrorNotice error={state.error} />
    </>
  );
}
