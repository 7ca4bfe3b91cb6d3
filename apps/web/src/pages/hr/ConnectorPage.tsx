import { useState } from 'react';
import { Alert, Anchor, Button, Group, Switch, Text } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState } from '../../ui/QueryState';
import { kindLabel, PULL_KINDS } from './connectors/connector-kinds';
import { CsvUpload } from './connectors/CsvUpload';
import { MetricSettings } from './connectors/MetricSettings';
import { PushTokenNotice } from './connectors/PushTokenNotice';
import { SyncRuns } from './connectors/SyncRuns';

const ConnectorDocument = graphql(`
  query ConnectorDetail($id: ID!) {
    connector(id: $id) { id name kind enabled schedule hasPushToken hasSecrets settings }
  }
`);
const UpdateDocument = graphql(`
  mutation SwitchConnector($input: UpdateConnectorInput!) {
    updateConnector(input: $input) { ... on Connector { id enabled } }
  }
`);
const NewTokenDocument = graphql(`
  mutation NewPushToken($id: ID!) {
    issueConnectorPushToken(id: $id) { connectorId token }
  }
`);
const SyncNowDocument = graphql(`
  mutation SyncNow($id: ID!, $dryRun: Boolean) {
    runConnectorSync(id: $id, dryRun: $dryRun) { connectorId run { id status } }
  }
`);

/** One connector: on or off, its SCIM token, a CSV upload or a sync now, and its runs. */
export function ConnectorPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: ConnectorDocument, variables: { id } });
  const [updated, update] = useMutation(UpdateDocument);
  const [issued, issue] = useMutation(NewTokenDocument);
  const [synced, sync] = useMutation(SyncNowDocument);
  const [token, setToken] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);
  const reloadRuns = () => setRuns((n) => n + 1);

  return (
    <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ connector: c }) => (
        <>
          <PageHeader title={c.name} help={kindLabel(c.kind)} actions={<Anchor component={Link} to="/hr/connectors">All connectors</Anchor>} />
          <Group mb="md">
            <Switch label="On" checked={c.enabled} onChange={(e) => void update({ input: { id: c.id, enabled: e.currentTarget.checked } })} />
            {c.schedule && <Text size="sm">Runs on the schedule {c.schedule}</Text>}
            {c.kind === 'SCIM' && (
              <Button variant="default" loading={issued.fetching} onClick={() => void issue({ id: c.id }).then((r) => setToken(r.data?.issueConnectorPushToken.token ?? null))}>
                {c.hasPushToken ? 'Issue a new token (the old one stops working)' : 'Issue a token'}
              </Button>
            )}
            {PULL_KINDS.has(c.kind) && (
              <>
                <Button variant="default" loading={synced.fetching} onClick={() => void sync({ id: c.id, dryRun: true }).then(reloadRuns)}>
                  Preview a sync
                </Button>
                <Button loading={synced.fetching} onClick={() => void sync({ id: c.id, dryRun: false }).then(reloadRuns)}>
                  Sync now
                </Button>
              </>
            )}
          </Group>
          <ErrorNotice error={updated.error ?? issued.error ?? synced.error} />
          {token && <PushTokenNotice token={token} onDone={() => setToken(null)} />}
          {c.kind === 'SCIM' && !token && (
            <Alert color="blue" mb="md">
              Your identity provider pushes people to {window.location.origin}/scim/v2 with this connector’s token.
            </Alert>
          )}
          {(c.kind === 'REST_METRICS' || c.kind === 'CSV_METRICS') && <MetricSettings key={JSON.stringify([c.settings, c.schedule])} connector={c} onSaved={() => refetch({ requestPolicy: 'network-only' })} />}
          {c.kind === 'CSV' && <CsvUpload connectorId={c.id} onApplied={reloadRuns} />}
          <SyncRuns key={runs} connectorId={c.id} />
        </>
      )}
    </QueryState>
  );
}
