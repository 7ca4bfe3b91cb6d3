import { useState } from 'react';
import { Button, Card, Checkbox, Group, PasswordInput, Select, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { ErrorNotice, RefusalNotice } from '../../../ui/QueryState';
import { CONNECTOR_KINDS } from './connector-kinds';

const CreateConnectorDocument = graphql(`
  mutation CreateConnector($input: CreateConnectorInput!) {
    createConnector(input: $input) { __typename ... on Connector { id name kind } ... on DuplicateNameError { message } }
  }
`);

const IssueTokenDocument = graphql(`
  mutation IssueConnectorPushToken($id: ID!) {
    issueConnectorPushToken(id: $id) { connectorId token }
  }
`);

/** A new connector; a SCIM one gets its token at once (shown once by the caller). */
export function CreateConnectorForm({ onCreated }: { onCreated: (id: string, token: string | null) => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('SCIM');
  const [domain, setDomain] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [schedule, setSchedule] = useState('');
  const [link, setLink] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [created, create] = useMutation(CreateConnectorDocument);
  const [issued, issue] = useMutation(IssueTokenDocument);

  const submit = async () => {
    const bamboo = kind === 'BAMBOOHR';
    const settings: Record<string, unknown> = { linkExistingEmployees: link };
    if (bamboo) settings.companyDomain = domain.trim();
    const res = await create({
      input: { name: name.trim(), kind: kind ?? 'SCIM', settings, secrets: bamboo && apiKey ? { apiKey } : undefined, schedule: schedule.trim() || undefined },
    });
    const result = res.data?.createConnector;
    if (result?.__typename === 'DuplicateNameError') return setRefusal(result.message);
    const id = result?.__typename === 'Connector' ? result.id : null;
    if (!id) return;
    setRefusal(null);
    let token: string | null = null;
    if (kind === 'SCIM') token = (await issue({ id })).data?.issueConnectorPushToken.token ?? null;
    setName('');
    onCreated(id, token);
  };

  return (
    <Card withBorder component="section" aria-labelledby="new-connector" mb="lg">
      <Title order={2} size="h4" id="new-connector" mb="sm">
        Add a connector
      </Title>
      <RefusalNotice message={refusal} />
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} required w={260} />
        <Select label="Kind" data={CONNECTOR_KINDS} value={kind} onChange={setKind} allowDeselect={false} w={420} />
      </Group>
      {kind === 'BAMBOOHR' && (
        <Group align="flex-end" mt="sm">
          <TextInput label="BambooHR company domain" description="The part before .bamboohr.com" value={domain} onChange={(e) => setDomain(e.currentTarget.value)} w={260} />
          <PasswordInput label="API key" value={apiKey} onChange={(e) => setApiKey(e.currentTarget.value)} w={260} />
          <TextInput label="Schedule (cron)" description="e.g. 0 2 * * * for 02:00 every day" value={schedule} onChange={(e) => setSchedule(e.currentTarget.value)} w={220} />
        </Group>
      )}
      <Checkbox mt="sm" label="Link people who already exist in Skillpath with the same email" checked={link} onChange={(e) => setLink(e.currentTarget.checked)} />
      <Group mt="md">
        <Button onClick={() => void submit()} loading={created.fetching || issued.fetching} disabled={!name.trim()}>
          Add connector
        </Button>
      </Group>
      <ErrorNotice error={created.error ?? issued.error} />
    </Card>
  );
}
