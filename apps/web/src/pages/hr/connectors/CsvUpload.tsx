import { useState } from 'react';
import { Alert, Button, Card, FileInput, Group, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { postText } from '../../../api/uploads';
import { ErrorNotice } from '../../../ui/QueryState';
import { CSV_FIELDS, csvHeaders, guessMapping } from './connector-kinds';
import { type CsvImportAnswer, importUrl } from './csv-import-types';
import { CsvPreview } from './CsvPreview';

/** Upload a CSV of people: map its columns, preview (per-line problems, what would change), then apply. */
export function CsvUpload({ connectorId, onApplied }: { connectorId: string; onApplied: () => void }) {
  const [text, setText] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [preview, setPreview] = useState<CsvImportAnswer | null>(null);
  const [applied, setApplied] = useState<CsvImportAnswer | null>(null);
  const [problem, setProblem] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | null) => {
    setPreview(null);
    setApplied(null);
    setProblem(null);
    if (!file) return setText(null);
    const content = await file.text();
    setText(content);
    setMapping(guessMapping(csvHeaders(content)));
  };
  const send = async (mode: 'preview' | 'apply') => {
    if (!text) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await postText<CsvImportAnswer>(importUrl(connectorId, mapping, mode, mode === 'apply'), text);
      if (mode === 'preview') setPreview(answer);
      else {
        setApplied(answer);
        setPreview(null);
        onApplied();
      }
    } catch (e) {
      setProblem(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="csv-title" mb="lg">
      <Title order={2} size="h4" id="csv-title" mb="sm">
        Upload a file of people
      </Title>
      <FileInput label="CSV file" placeholder="Choose a .csv file" accept=".csv,text/csv" onChange={(f) => void pick(f)} clearable clearButtonProps={{ 'aria-label': 'Remove the file' }} w={360} />
      {text && (
        <>
          <Text size="sm" mt="md" mb="xs">
            Which field does each column fill? Columns left empty are ignored.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {Object.keys(mapping).map((header) => (
              <Select
                key={header}
                label={`Column "${header}"`}
                data={CSV_FIELDS}
                value={mapping[header]}
                placeholder="Ignore this column"
                clearable
                clearButtonProps={{ 'aria-label': `Ignore column "${header}"` }}
                onChange={(v) => {
                  setMapping({ ...mapping, [header]: v });
                  setPreview(null);
                }}
              />
            ))}
          </SimpleGrid>
          <Group mt="md">
            <Button onClick={() => void send('preview')} loading={busy && !preview}>
              Preview
            </Button>
            {preview && (
              <Button color="teal" onClick={() => void send('apply')} loading={busy} disabled={preview.validRows === 0}>
                {preview.invalidRows > 0 ? `Apply the ${preview.validRows} valid lines` : 'Apply'}
              </Button>
            )}
          </Group>
        </>
      )}
      <ErrorNotice error={problem} />
      {preview && <CsvPreview answer={preview} />}
      {applied && (
        <Alert color={applied.applied ? 'green' : 'red'} role="status" mt="md" title={applied.applied ? 'Applied' : 'Not applied'}>
          {applied.run
            ? `${applied.run.created} new, ${applied.run.updated} changed, ${applied.run.unchanged} unchanged${applied.invalidRows ? `; ${applied.invalidRows === 1 ? '1 line with a problem was' : `${applied.invalidRows} lines with problems were`} left out` : ''}.`
            : 'The file has problems: nothing was applied.'}
        </Alert>
      )}
    </Card>
  );
}
