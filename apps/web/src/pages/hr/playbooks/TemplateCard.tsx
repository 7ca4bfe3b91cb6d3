import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { HrPlaybookTemplatesQuery } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/QueryState';
import { TableHead } from '../../../ui/TableHead';

const SetActiveDocument = graphql(`
  mutation SetPlaybookTemplateActive($input: UpdatePlaybookTemplateInput!) {
    updatePlaybookTemplate(input: $input) { ... on PlaybookTemplate { id active } }
  }
`);

type Template = HrPlaybookTemplatesQuery['playbookTemplates'][number];

export const offsetWords = (days: number) =>
  days === 0 ? 'On the training day' : days < 0 ? `${-days} ${days === -1 ? 'day' : 'days'} before` : `${days} ${days === 1 ? 'day' : 'days'} after`;
const KIND: Record<string, string> = { BEFORE: 'Before', AFTER: 'After', CUSTOM: 'Other' };

/** A template with its steps; edit, retire or bring back. */
export function TemplateCard({ template: t, onEdit, onChanged }: { template: Template; onEdit: () => void; onChanged: () => void }) {
  const [state, setActive] = useMutation(SetActiveDocument);
  const toggle = async () => {
    const res = await setActive({ input: { id: t.id, active: !t.active } });
    if (res.data) onChanged();
  };
  return (
    <Card withBorder component="article" aria-label={t.name}>
      <Group justify="space-between" mb="xs">
        <div>
          <Group gap="xs">
            <Title order={2} size="h4">
              {t.name}
            </Title>
            {!t.active && (
              <Badge color="gray" variant="light">
                Retired
              </Badge>
            )}
          </Group>
          {t.description && (
            <Text size="sm" c="dimmed">
              {t.description}
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={onEdit}>
            Edit
          </Button>
          <Button variant="default" size="xs" onClick={() => void toggle()} loading={state.fetching}>
            {t.active ? 'Retire' : 'Bring back'}
          </Button>
        </Group>
      </Group>
      <Table>
        <TableHead columns={['When', 'Step', 'Guidance', 'Due']} />
        <Table.Tbody>
          {t.steps.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{KIND[s.kind] ?? s.kind}</Table.Td>
              <Table.Td>{s.title}</Table.Td>
              <Table.Td>{s.guidance}</Table.Td>
              <Table.Td>{offsetWords(s.offsetDays)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorNotice error={state.error} />
    </Card>
  );
}
