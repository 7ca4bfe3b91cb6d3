import { Readable } from 'node:stream';
import { badInput } from '@app/shared';
import { readCsvRecords } from '../../csv/parse';
import { SourceObservation } from '../../core/ports';
import { observation } from './observation-values';

export type MetricColumn = 'employee' | 'metric' | 'period' | 'periodStart' | 'value';

/** Header aliases (normalized: lower case, letters and digits only). */
const ALIASES: Record<MetricColumn, readonly string[]> = {
  employee: ['employee', 'employeeid', 'employeeexternalid', 'externalid', 'email', 'employeeemail', 'workemail'],
  metric: ['metric', 'metrickey', 'key'],
  period: ['period', 'periodtype'],
  periodStart: ['periodstart', 'start', 'periodstartdate', 'startdate'],
  value: ['value'],
};

const normalize = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Column index per field from the header row; `columns` (field → header) overrides the aliases. */
export function metricColumns(headers: readonly string[], columns: Partial<Record<MetricColumn, string>> = {}): Record<MetricColumn, number> {
  const normalized = headers.map(normalize);
  const out = {} as Record<MetricColumn, number>;
  for (const field of Object.keys(ALIASES) as MetricColumn[]) {
    const wanted = columns[field] ? [normalize(columns[field] as string)] : ALIASES[field];
    const index = normalized.findIndex((h) => wanted.includes(h));
    if (index < 0) throw badInput('csv', `No column for ${field}; expected a header such as "${columns[field] ?? ALIASES[field][0]}"`);
    out[field] = index;
  }
  return out;
}

/**
 * Streams a metrics CSV (employee external id or email, metric key, period WEEK/MONTH, period start, value) as
 * batches of observations carrying their line numbers. The header is checked when the first batch is pulled.
 */
export async function* metricCsvBatches(input: NodeJS.ReadableStream | string, batchSize: number, columns?: Partial<Record<MetricColumn, string>>): AsyncGenerator<SourceObservation[]> {
  const stream = typeof input === 'string' ? Readable.from([input]) : input;
  let index: Record<MetricColumn, number> | null = null;
  let batch: SourceObservation[] = [];
  for await (const record of readCsvRecords(stream)) {
    if (!index) {
      index = metricColumns(record.fields, columns);
      continue;
    }
    if (record.fields.every((f) => f.trim() === '')) continue;
    const at = (field: MetricColumn) => record.fields[(index as Record<MetricColumn, number>)[field]] ?? '';
    batch.push(observation({ employee: at('employee'), metric: at('metric'), period: at('period'), periodStart: at('periodStart'), value: at('value'), line: record.line }));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (!index) throw badInput('csv', 'The file is empty');
  if (batch.length) yield batch;
}
