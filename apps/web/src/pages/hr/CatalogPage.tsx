import { useState } from 'react';
import { Button, Table } from '@mantine/core';
import { useQuery } from 'urql';
import type { HrCatalogQuery } from '../../gql/graphql';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { CertificationEditor } from './catalog/CertificationEditor';
import { CatalogDocument, duration, EMPTY_RULES, type RulesDraft } from './catalog/rules';
import { TableHead } from '../../ui/TableHead';

type Cert = HrCatalogQuery['certifications'][number];

const BASE: Record<string, string> = { FROM_COMPLETION: 'from completion', FROM_EXPIRY: 'from the previous expiry', FIXED_CYCLE: 'fixed cycle' };

const toDraft = (c: Cert): RulesDraft => ({
  id: c.id,
  name: c.name,
  issuer: c.issuer,
  neverExpires: c.validityAmount == null,
  validityAmount: c.validityAmount ?? 3,
  validityUnit: c.validityUnit ?? 'YEARS',
  expiryBase: c.expiryBase,
  anchorMonth: c.anchorMonth ?? '',
  anchorDay: c.anchorDay ?? '',
  renewalWindowAmount: c.renewalWindowAmount ?? '',
  renewalWindowUnit: c.renewalWindowUnit ?? 'DAYS',
  gracePeriodDays: c.gracePeriodDays,
  minActiveAmount: c.minActiveAmount ?? '',
  minActiveUnit: c.minActiveUnit ?? 'MONTHS',
  renewalRequirements: c.renewalRequirements ?? '',
});

/** The certification catalog and each certification's renewal rules, with a live preview of their dates. */
export function CatalogPage() {
  const [result, refetch] = useQuery({ query: CatalogDocument });
  const [editing, setEditing] = useState<RulesDraft | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title="Certification catalog" help="Each certification's renewal rules: how long it is valid, when renewal opens, the grace period." actions={!editing && <Button onClick={() => setEditing(EMPTY_RULES)}>New certification</Button>} />
      {editing && <CertificationEditor key={editing.id ?? 'new'} initial={editing} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} />}
      <QueryState {...result} retry={reload}>
        {(data) => (
          <Table striped>
            <TableHead columns={['Certification', 'Issuer', 'Valid for', 'Renewal opens', 'Grace', '']} />
            <Table.Tbody>
              {data.certifications.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.issuer}</Table.Td>
                  <Table.Td>{c.validityAmount == null ? 'Never expires' : `${duration(c.validityAmount, c.validityUnit)}, ${BASE[c.expiryBase] ?? c.expiryBase}`}</Table.Td>
                  <Table.Td>{duration(c.renewalWindowAmount, c.renewalWindowUnit) ? `${duration(c.renewalWindowAmount, c.renewalWindowUnit)} before` : '—'}</Table.Td>
                  <Table.Td>{duration(c.gracePeriodDays, 'DAYS') ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => setEditing(toDraft(c))} aria-label={`Edit the rules of ${c.name}`}>
                      Edit rules
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
