import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState } from '../../ui/QueryState';
import { AwardsAwaiting } from './incentives/AwardsAwaiting';
import { EvaluateDocument, IncentivesDocument } from './incentives/incentive-documents';
import { NEW_RULE, type RuleDraft, RuleEditor } from './incentives/RuleEditor';
import { RulesTable } from './incentives/RulesTable';
import { CsvButton, percent } from './outcomes/CsvButton';
import { TableHead } from '../../ui/TableHead';

/** Incentive rules, awards waiting for approval, the recognition audit and the payroll CSV. */
export function IncentivesPage() {
  const [result, refetch] = useQuery({ query: IncentivesDocument });
  const [editing, setEditing] = useState<RuleDraft | null>(null);
  const [evaluated, evaluate] = useMutation(EvaluateDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader
        title="Incentives"
        help="What earning a certification or reaching a path level pays off, and the awards waiting for your approval."
        actions={
          <>
            <CsvButton url="/incentives/payroll.csv" filename="payroll-awards.csv" label="Download payroll (CSV)" />
            {!editing && <Button onClick={() => setEditing(NEW_RULE)}>New rule</Button>}
          </>
        }
      />
      <QueryState {...result} retry={reload}>
        {(data) => {
          const certName = (id: string | null | undefined) => data.certifications.find((c) => c.id === id)?.name ?? 'A certification';
          return (
            <Stack gap="lg">
              {editing && <RuleEditor key={editing.id ?? 'new'} initial={editing} certifications={data.certifications} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} />}
              <section aria-labelledby="awaiting-title">
                <Group justify="space-between" mb="sm">
                  <Title order={2} size="h4" id="awaiting-title">
                    Awards waiting for approval ({data.incentiveAwardsAwaitingApproval.length})
                  </Title>
                  <Button variant="default" size="xs" loading={evaluated.fetching} onClick={() => void evaluate({}).then(reload)}>
                    Check for newly met conditions
                  </Button>
                </Group>
                {evaluated.data && (
                  <Alert color="blue" role="status" mb="sm">
                    {evaluated.data.evaluateIncentives.created === 1 ? '1 new award.' : `${evaluated.data.evaluateIncentives.created} new awards.`}
                  </Alert>
                )}
                <ErrorNotice error={evaluated.error} />
                <AwardsAwaiting awards={data.incentiveAwardsAwaitingApproval} onDecided={reload} />
              </section>
              <section aria-labelledby="rules-title">
                <Title order={2} size="h4" id="rules-title" mb="sm">
                  Rules
                </Title>
                <RulesTable
                  rules={data.incentiveRules}
                  certificationName={certName}
                  onChanged={reload}
                  onEdit={(r) =>
                    setEditing({ id: r.id, name: r.name, kind: r.kind, certificationId: r.certificationId ?? null, baseAmount: r.baseAmount ?? '', currency: r.currency ?? 'EUR', amountRecurrence: r.amountRecurrence ?? 'ONE_OFF', valueWeight: r.valueWeight, demandWeight: r.demandWeight, onLapse: r.onLapse, opportunity: r.opportunity ?? '' })
                  }
                />
              </section>
              <section aria-labelledby="recognition-title">
                <Title order={2} size="h4" id="recognition-title" mb="sm">
                  Recognition in the last six months
                </Title>
                <Table striped>
                  <TableHead columns={['Department', 'Recognitions', 'For applying a new skill']} />
                  <Table.Tbody>
                    {data.recognitionAudit.map((r) => (
                      <Table.Tr key={r.departmentId ?? 'none'}>
                        <Table.Td>{r.department ?? 'No department'}</Table.Td>
                        <Table.Td>{r.total}</Table.Td>
                        <Table.Td>
                          {r.referencingNewSkill} ({percent(r.share)})
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </section>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
