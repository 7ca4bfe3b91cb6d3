import { useState } from 'react';
import { Badge, Button, Code, Table } from '@mantine/core';
import type { AuditLogQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/format';

type Entry = AuditLogQuery['auditLog'][number];

/** "createConnector" → "Create connector". */
export const actionWords = (action: string) => {
  const words = action.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const ACTOR_KIND: Record<string, string> = { CONNECTOR: 'Connector', SYSTEM: 'Skillpath', ANONYMOUS: 'Not signed in' };

/** One entry; its before and after values on demand. */
export function AuditEntryRow({ entry: e, actorName }: { entry: Entry; actorName: string | undefined }) {
  const [open, setOpen] = useState(false);
  const who = e.actorKind === 'EMPLOYEE' ? (actorName ?? e.actorSubject ?? 'Someone') : `${ACTOR_KIND[e.actorKind] ?? e.actorKind}${e.actorSubject ? `: ${e.actorSubject}` : ''}`;
  const hasDetails = e.before != null || e.after != null;
  return (
    <>
      <Table.Tr>
        <Table.Td>{formatDateTime(e.at)}</Table.Td>
        <Table.Td>{who}</Table.Td>
        <Table.Td>{actionWords(e.action)}</Table.Td>
        <Table.Td>
          {e.entityType}
          {e.entityId ? ` ${e.entityId.slice(0, 8)}` : ''}
        </Table.Td>
        <Table.Td>
          <Badge variant="light" color={e.outcome === 'OK' ? 'green' : 'red'}>
            {e.outcome === 'OK' ? 'Done' : e.outcome === 'DENIED' ? 'Refused' : e.outcome}
          </Badge>
        </Table.Td>
        <Table.Td>
          {hasDetails && (
            <Button size="compact-xs" variant="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? 'Hide' : 'Show'}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <Code block>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</Code>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
