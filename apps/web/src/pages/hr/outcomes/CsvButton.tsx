import { useState } from 'react';
import { Button } from '@mantine/core';
import { downloadFile } from '../../../api/downloads';
import { ErrorNotice } from '../../../ui/QueryState';

/** Downloads one report as CSV (the same figures as the chart), with the bearer token. */
export function CsvButton({ url, filename, label }: { url: string; filename: string; label: string }) {
  const [problem, setProblem] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    setProblem(null);
    downloadFile(url, filename)
      .catch(setProblem)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button variant="default" onClick={download} loading={busy}>
        {label}
      </Button>
      <ErrorNotice error={problem} />
    </>
  );
}

export const percent = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 100)} %`);
export const rounded = (v: number | null | undefined, digits = 1) => (v == null ? '—' : String(Number(v.toFixed(digits))));
