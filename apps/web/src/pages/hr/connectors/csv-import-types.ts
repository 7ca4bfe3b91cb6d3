/** What POST /connectors/:id/csv answers. */
export interface CsvImportAnswer {
  applied: boolean;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errorCount: number;
  errors: Array<{ line: number; field: string; message: string }>;
  run: {
    id: string;
    status: string;
    created: number;
    updated: number;
    unchanged: number;
    failed: number;
    diff?: Array<{ action: string; externalId: string; changes: Array<{ field: string; from?: string | null; to?: string | null }> }> | null;
  } | null;
}

export const importUrl = (connectorId: string, mapping: Record<string, string | null>, mode: 'preview' | 'apply', validOnly: boolean) =>
  `/connectors/${connectorId}/csv?mode=${mode}&validOnly=${validOnly}&mapping=${encodeURIComponent(JSON.stringify(mapping))}`;
