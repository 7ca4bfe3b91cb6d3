import { Fragment, useState } from 'react';
import { Badge, Button, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { TableHead } from '../../../ui/TableHead';

const SyncRunsDocument = graphql(`
  query SyncRuns($connectorId: ID!) {
    syncRuns(connectorId: $connectorId, first: 20) {
      id mode status dryRun startedAt finishedAt created updated unchanged deactivated reactivated failed errorMessage
    }
  }
`);

const SyncErrorsDocument = graphql(`
  query SyncErrors($runId: ID!) {
    syncErrors(runId: $runId, first: 200) { id line externalId field message }
  }
`);

const STATUS_COLOR: Record<string, string> = { SUCCEEDED: 'green', FAILED: 'red', RUNNING: 'blue', ABORTED: 'orange' };

function RunErrors({ runId }: { runId: string }) {
  const [result] = useQuery({ query: SyncErrorsDocument, variables: { runId } });
  return (
    <QueryState {...result}>
      {(data) =>
        data.syncErrors.length === 0 ? (
          <Text size="sm">No line was refused.</Text>
        ) : (
          <Table>
            <TableHead columns={['Line', 'Person', 'Problem']} />
            <Table.Tbody>
              {data.syncErrors.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.line ?? '—'}</Table.Td>
                  <Table.Td>{e.externalId ?? '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryState>
  );
}

/** A connector's latest runs with their counts; a run's refused lines on demand. */
export function SyncRuns({ connectorId }: { connectorId: string }) {
  const [result] = useQuery({ query: SyncRunsDocument, variables: { connectorId }, requestPolicy: 'network-only' });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="runs-title">
      <Title order={2} size="h4" id="runs-title" my="sm">
        Sync runs
      </Title>
      <QueryState {...result}>
        {(data) =>
          data.syncRuns.length === 0 ? (
            <Text>No run yet.</Text>
          ) : (
            <Table striped>
              <TableHead columns={['Started', 'How', 'Result', 'New', 'Changed', 'Unchanged', 'Deactivated', 'Refused', 'Problems']} />
              <Table.Tbody>
                {data.syncRuns.map((r) => (
                  <Fragment key={r.id}>
                    <Table.Tr>
                      <Table.Td>{formatDateTime(r.startedAt)}</Table.Td>
                      <Table.Td>{r.dryRun ? 'Preview (nothing changed)' : r.mode.charAt(0) + r.mode.slice(1).toLowerCase()}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATUS_COLOR[r.status] ?? 'gray'}>
                          {r.status.charAt(0) + r.status.slice(1).toLowerCase()}
                        </Badge>
                        {r.errorMessage && <Text size="xs">{r.errorMessage}</Text>}
                      </Table.Td>
                      <Table.Td>{r.created}</Table.Td>
                      <Table.Td>{r.updated}</Table.Td>
                      <Table.Td>{r.unchanged}</Table.Td>
                      <Table.Td>{r.deactivated}</Table.Td>
                      <Table.Td>{r.failed}</Table.Td>
                      <Table.Td>
                        <Button size="compact-xs" variant="subtle" onClick={() => setOpen(open === r.id ? null : r.id)} aria-expanded={open === r.id} aria-label={`${open === r.id ? 'Hide' : 'Show'} the problems of the run of ${formatDateTime(r.startedAt)}`}>
                          {open === r.id ? 'Hide' : 'Show'}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {open === r.id && (
                      <Table.Tr>
                        <Table.Td colSpan={9}>
                          <RunErrors runId={r.id} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </section>
  );
}
