import { Button, Group, Table } from '@mantine/core';
import { useMutation } from 'urql';
import type { HrIncentivesQuery } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/QueryState';
import { DeactivateRuleDocument, kindName, ReactivateRuleDocument, recurrenceWords } from './incentive-documents';
import { TableHead } from '../../../ui/TableHead';
import { StatusBadge } from '../../../ui/StatusBadge';

type Rule = HrIncentivesQuery['incentiveRules'][number];

/** Every rule, active or not: what it pays, when, and buttons to edit, deactivate or reactivate. */
export function RulesTable({ rules, certificationName, onEdit, onChanged }: { rules: Rule[]; certificationName: (id: string | null | undefined) => string; onEdit: (r: Rule) => void; onChanged: () => void }) {
  const [off, deactivate] = useMutation(DeactivateRuleDocument);
  const [on, reactivate] = useMutation(ReactivateRuleDocument);
  return (
    <>
      <Table striped>
        <TableHead columns={['Rule', 'When', 'Pays', 'State', 'Change']} />
        <Table.Tbody>
          {rules.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.certificationId ? `${certificationName(r.certificationId)} is earned` : r.pathLevelId ? 'A path level is reached' : '—'}</Table.Td>
              <Table.Td>
                {kindName(r.kind)}
                {r.amount != null ? `: ${Number(r.amount.toFixed(2))} ${r.currency ?? ''} ${recurrenceWords(r.amountRecurrence)}` : ''}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={r.active ? 'ACTIVE' : 'INACTIVE'} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="compact-sm" variant="default" onClick={() => onEdit(r)} aria-label={`Edit ${r.name}`}>
                    Edit
                  </Button>
                  {r.active ? (
                    <Button size="compact-sm" variant="default" onClick={() => void deactivate({ id: r.id }).then((x) => x.data && onChanged())} aria-label={`Deactivate ${r.name}`}>
                      Deactivate
                    </Button>
                  ) : (
                    <Button size="compact-sm" variant="default" onClick={() => void reactivate({ id: r.id }).then((x) => x.data && onChanged())} aria-label={`Reactivate ${r.name}`}>
                      Reactivate
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorNotice error={off.error ?? on.error} />
    </>
  );
}
