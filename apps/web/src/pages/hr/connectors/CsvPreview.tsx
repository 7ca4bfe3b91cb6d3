import { Alert, Table, Text, Title } from '@mantine/core';
import { fieldWords } from './connector-kinds';
import type { CsvImportAnswer } from './csv-import-types';
import { TableHead } from '../../../ui/TableHead';

const ACTION: Record<string, string> = { CREATE: 'New person', UPDATE: 'Changed', DEACTIVATE: 'Deactivated', REACTIVATE: 'Back at work', MANAGER: 'Manager set' };

/** A preview: the lines with problems (nothing of them is applied) and what the valid lines would change. */
export function CsvPreview({ answer }: { answer: CsvImportAnswer }) {
  const diff = answer.run?.diff ?? [];
  return (
    <>
      <Text mt="md" data-testid="csv-summary">
        {answer.totalRows} lines read: {answer.validRows} valid, {answer.invalidRows} with problems.
      </Text>
      {answer.errors.length > 0 && (
        <section aria-labelledby="csv-errors">
          <Title order={3} size="h5" id="csv-errors" mt="md" mb="xs">
            Lines with problems
          </Title>
          <Table>
            <TableHead columns={['Line', 'Column', 'Problem']} />
            <Table.Tbody>
              {answer.errors.map((e) => (
                <Table.Tr key={`${e.line}-${e.field}-${e.message}`}>
                  <Table.Td>{e.line}</Table.Td>
                  <Table.Td>{fieldWords(e.field)}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      <section aria-labelledby="csv-changes">
        <Title order={3} size="h5" id="csv-changes" mt="md" mb="xs">
          What the valid lines would change
        </Title>
        {diff.length === 0 ? (
          <Alert color="blue">Nothing would change.</Alert>
        ) : (
          <Table striped>
            <TableHead columns={['Person', 'Change', 'Details']} />
            <Table.Tbody>
              {diff.map((d, i) => (
                <Table.Tr key={`${d.externalId}-${d.action}-${i}`}>
                  <Table.Td>{d.externalId}</Table.Td>
                  <Table.Td>{ACTION[d.action] ?? d.action}</Table.Td>
                  <Table.Td>{d.changes.map((c) => (c.from == null ? `${fieldWords(c.field)}: ${c.to ?? '—'}` : `${fieldWords(c.field)}: ${c.from} → ${c.to ?? '—'}`)).join('; ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </>
  );
}
