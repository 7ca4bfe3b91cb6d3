import { Alert, Card, Group, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useQuery } from 'urql';
import { formatDate } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { PreviewDocument, type RulesDraft, rulesInput } from './rules';
import { TableHead } from '../../../ui/TableHead';

interface Dates { completedOn: string; windowOpensOn?: string | null; expiresOn?: string | null; graceEndsOn?: string | null }

function Cycle({ label, dates }: { label: string; dates: Dates }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{formatDate(dates.completedOn)}</Table.Td>
      <Table.Td>{formatDate(dates.windowOpensOn)}</Table.Td>
      <Table.Td>{dates.expiresOn ? formatDate(dates.expiresOn) : 'Never'}</Table.Td>
      <Table.Td>{formatDate(dates.graceEndsOn)}</Table.Td>
    </Table.Tr>
  );
}

/** The dates the rules being edited give a sample completion and its renewal, computed by the API as recording would. */
export function RulesPreview(props: { draft: RulesDraft; completedOn: string; renewedOn: string | null; onDates: (completedOn: string, renewedOn: string | null) => void }) {
  const { draft, completedOn, renewedOn, onDates } = props;
  const [result] = useQuery({ query: PreviewDocument, variables: { input: { ...rulesInput(draft), completedOn, renewedOn } } });
  return (
    <Card withBorder component="section" aria-labelledby="preview-title">
      <Title order={2} size="h4" id="preview-title" mb="xs">
        What these rules give
      </Title>
      <Group align="flex-end" mb="sm">
        <DateInput label="Sample completion" value={completedOn} onChange={(v) => v && onDates(v, renewedOn)} valueFormat="D MMM YYYY" w={170} />
        <DateInput label="Renewed on (optional)" description="Default: when renewal opens" value={renewedOn} onChange={(v) => onDates(completedOn, v)} valueFormat="D MMM YYYY" clearable w={200} />
      </Group>
      <QueryState {...result}>
        {(data) => {
          const p = data.previewRenewalRules;
          if (p.__typename === 'RenewalRuleError') {
            return (
              <Alert color="red" role="alert" title="These rules cannot be used yet">
                {p.message}
              </Alert>
            );
          }
          if (p.__typename !== 'RenewalRulesPreview') return null;
          return (
            <Table aria-label="Dates of the sample">
              <TableHead columns={['', 'Completed', 'Renewal opens', 'Expires', 'Grace ends']} />
              <Table.Tbody>
                <Cycle label="First certification" dates={p.first} />
                {p.renewal ? <Cycle label="After renewing" dates={p.renewal} /> : null}
              </Table.Tbody>
              {!p.renewal && <Table.Caption>It never expires, so there is no renewal.</Table.Caption>}
            </Table>
          );
        }}
      </QueryState>
      <Text size="xs" c="dimmed" mt="xs">
        Computed by Skillpath exactly as it dates recorded certifications. Nothing is saved.
      </Text>
    </Card>
  );
}
