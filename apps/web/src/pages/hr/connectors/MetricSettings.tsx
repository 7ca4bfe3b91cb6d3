import { useState } from 'react';
import { Card, Group, PasswordInput, Select, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { EditorActions } from '../../../ui/EditorActions';
import { QueryState } from '../../../ui/QueryState';

const HrisConnectorsDocument = graphql(`
  query MetricHrisChoices {
    connectors { id name kind }
  }
`);
const SaveMetricSettingsDocument = graphql(`
  mutation SaveMetricSettings($input: UpdateConnectorInput!) {
    updateConnector(input: $input) { __typename ... on Connector { id settings schedule hasSecrets } ... on DuplicateNameError { message } }
  }
`);

const FIELDS = [
  { key: 'employee', label: 'The person' },
  { key: 'metric', label: 'The metric' },
  { key: 'periodStart', label: 'The period start' },
  { key: 'value', label: 'The value' },
  { key: 'period', label: 'The period (optional)' },
] as const;

interface Connector { id: string; kind: string; schedule?: string | null; hasSecrets: boolean; settings: unknown }
type Settings = Record<string, unknown> & { fieldMap?: Record<string, string> };

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * A performance-metric connector's settings: whose people the rows name, and for one pulled from a web service its
 * address, where the rows are, which row field holds what, the period, the sign-in header and the schedule.
 */
export function MetricSettings({ connector, onSaved }: { connector: Connector; onSaved: () => void }) {
  const rest = connector.kind === 'REST_METRICS';
  const initial = (connector.settings ?? {}) as Settings;
  const [draft, setDraft] = useState<Settings>(initial);
  const [fieldMap, setFieldMap] = useState<Record<string, string>>(initial.fieldMap ?? {});
  const [schedule, setSchedule] = useState(connector.schedule ?? '');
  const [authHeader, setAuthHeader] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [hris] = useQuery({ query: HrisConnectorsDocument });
  const [saved, save] = useMutation(SaveMetricSettingsDocument);
  const set = (key: string, value: unknown) => setDraft((d) => ({ ...d, [key]: value === '' || value === null ? undefined : value }));
  const reset = () => {
    setDraft(initial);
    setFieldMap(initial.fieldMap ?? {});
    setSchedule(connector.schedule ?? '');
    setAuthHeader('');
  };
  const submit = async () => {
    const settings: Settings = rest ? { ...draft, fieldMap: Object.fromEntries(Object.entries(fieldMap).map(([k, v]) => [k, v.trim()])) } : { ...draft };
    const input = {
      id: connector.id,
      settings,
      ...(rest && schedule.trim() ? { schedule: schedule.trim() } : rest && connector.schedule ? { clearSchedule: true } : {}),
      ...(authHeader ? { secrets: { authHeader } } : {}),
    };
    const res = (await save({ input })).data?.updateConnector;
    if (res?.__typename === 'DuplicateNameError') return setRefusal(res.message);
    setRefusal(null);
    if (res) {
      setAuthHeader('');
      onSaved();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="metric-settings" mb="lg">
      <Title order={2} size="h4" id="metric-settings" mb="xs">
        Settings
      </Title>
      <QueryState {...hris}>
        {(data) => (
          <Select
            label="People come from"
            description="The HR connector whose IDs the rows use; leave empty to match people by email or employee number."
            placeholder="Any person in Skillpath"
            data={data.connectors.filter((c) => ['SCIM', 'CSV', 'BAMBOOHR'].includes(c.kind)).map((c) => ({ value: c.id, label: c.name }))}
            value={str(draft.hrisConnectorId) || null}
            onChange={(v) => set('hrisConnectorId', v)}
            clearable
            clearButtonProps={{ 'aria-label': 'Any person in Skillpath' }}
            w={420}
          />
        )}
      </QueryState>
      {rest && (
        <>
          <Group align="flex-end" mt="sm" wrap="wrap">
            <TextInput label="Web address" placeholder="https://…" value={str(draft.url)} onChange={(e) => set('url', e.currentTarget.value.trim())} required w={420} />
            <TextInput label="Where the rows are" placeholder="e.g. data.rows" description="Empty: the whole answer" value={str(draft.rowsPath)} onChange={(e) => set('rowsPath', e.currentTarget.value.trim())} w={300} />
          </Group>
          <Text size="sm" fw={500} mt="md">
            Which field of a row holds
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            The person is their ID in your HR system, their email or employee number; a period is MONTH or WEEK.
          </Text>
          <Group align="flex-end" wrap="wrap" role="group" aria-label="Row fields">
            {FIELDS.map((f) => (
              <TextInput key={f.key} label={f.label} value={fieldMap[f.key] ?? ''} onChange={(e) => setFieldMap({ ...fieldMap, [f.key]: e.currentTarget.value })} w={180} />
            ))}
          </Group>
          <Group align="flex-end" mt="sm" wrap="wrap">
            <Select
              label="Every row’s period"
              description="When rows carry no period field"
              data={[
                { value: 'MONTH', label: 'A month' },
                { value: 'WEEK', label: 'A week' },
              ]}
              value={str(draft.period) || null}
              onChange={(v) => set('period', v)}
              clearable
              clearButtonProps={{ 'aria-label': 'Rows carry their period' }}
              w={200}
            />
            <TextInput label="Sign-in header name" placeholder="Authorization" value={str(draft.authHeaderName)} onChange={(e) => set('authHeaderName', e.currentTarget.value.trim())} w={200} />
            <PasswordInput
              label="Sign-in header value"
              description={connector.hasSecrets ? 'Stored; type a new one to replace it' : 'e.g. Bearer and the token'}
              value={authHeader}
              onChange={(e) => setAuthHeader(e.currentTarget.value)}
              w={260}
            />
            <TextInput label="Schedule (cron)" description="e.g. 0 3 1 * * on the 1st at 03:00" value={schedule} onChange={(e) => setSchedule(e.currentTarget.value)} w={220} />
          </Group>
        </>
      )}
      <EditorActions saveLabel="Save settings" onSave={() => void submit()} onCancel={reset} saving={saved.fetching} disabled={rest && !str(draft.url)} refusal={refusal} error={saved.error} />
    </Card>
  );
}
