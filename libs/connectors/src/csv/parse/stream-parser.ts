import { ColumnIndex, ColumnMapping, MappingProblem, autoMapColumns, resolveMapping } from './column-mapping';
import { CsvFileError, CsvRecord, readCsvRecords } from './csv-records';
import { LineError, RawEmployeeValues, RowValidator, ValidRow } from './row-validator';

export const DEFAULT_BATCH_SIZE = 1000;
export const DEFAULT_MAX_ERRORS = 1000;

/** The mapping cannot be used with this file; nothing was imported. */
export class CsvMappingError extends Error {
  constructor(readonly problems: MappingProblem[]) {
    super(`The column mapping cannot be used: ${problems.map((p) => p.message).join(' ')}`);
    this.name = 'CsvMappingError';
  }
}

export interface ParseOptions {
  /** Valid rows per onBatch call (the last batch may be smaller). Default 1000. */
  batchSize?: number;
  /** Awaited before reading on, so a slow consumer holds back the stream. */
  onBatch(rows: ValidRow[]): Promise<void>;
  /** How many errors are kept in the result; all are counted in errorCount. Default 1000. */
  maxErrors?: number;
  /** A longer record aborts the import with a CsvFileError. Default 1,000,000 characters. */
  maxRecordChars?: number;
  /** Lines of rows refused by checks of the whole file (FileChecks): not handed to onBatch, counted invalid. */
  refusedLines?: ReadonlySet<number>;
}

export interface ParseResult {
  headers: string[];
  /** Data rows, without the header and blank rows. totalRows = validRows + invalidRows. */
  totalRows: number;
  validRows: number;
  invalidRows: number;
  /** The first maxErrors errors, in file order. */
  errors: LineError[];
  errorCount: number;
  errorsTruncated: boolean;
}

export interface PreviewRow {
  line: number;
  values: RawEmployeeValues;
  errors: LineError[];
}

export interface PreviewResult {
  headers: string[];
  /** The mapping applied: the one given, or the suggestion of autoMapColumns. */
  mapping: ColumnMapping;
  mappingProblems: MappingProblem[];
  rows: PreviewRow[];
}

/**
 * Streams an HR employee CSV: validates every row and hands the valid ones to onBatch in batches, awaiting
 * each call; only the current batch and the set of externalIds seen are held in memory. Throws
 * CsvMappingError when the mapping does not fit the headers and CsvFileError when the file is empty or
 * unreadable; row problems are reported, with their line numbers, in the result.
 */
export async function parseEmployeeCsv(
  input: NodeJS.ReadableStream,
  mapping: ColumnMapping,
  options: ParseOptions,
): Promise<ParseResult> {
  const batchSize = positiveInteger(options.batchSize ?? DEFAULT_BATCH_SIZE, 'batchSize');
  const maxErrors = Math.max(0, options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const records = readCsvRecords(input, options.maxRecordChars);
  try {
    const headers = await readHeaders(records);
    const { columns, problems } = resolveMapping(mapping, headers);
    if (problems.length > 0) throw new CsvMappingError(problems);

    const validator = new RowValidator();
    const result: ParseResult = {
      headers, totalRows: 0, validRows: 0, invalidRows: 0, errors: [], errorCount: 0, errorsTruncated: false,
    };
    let batch: ValidRow[] = [];
    for await (const record of records) {
      const mapped = mapRecord(record, columns, headers.length);
      if (!mapped) continue;
      result.totalRows++;
      const { row, errors } = validator.validate(mapped.values, record.line);
      const allErrors = [...mapped.errors, ...errors];
      if (allErrors.length === 0 && row && options.refusedLines?.has(record.line)) {
        result.invalidRows++;
        continue;
      }
      if (allErrors.length === 0 && row) {
        result.validRows++;
        batch.push(row);
        if (batch.length >= batchSize) {
          await options.onBatch(batch);
          batch = [];
        }
        continue;
      }
      result.invalidRows++;
      result.errorCount += allErrors.length;
      result.errors.push(...allErrors.slice(0, maxErrors - result.errors.length));
    }
    if (batch.length > 0) await options.onBatch(batch);
    result.errorsTruncated = result.errorCount > result.errors.length;
    return result;
  } finally {
    await records.return(undefined); // stops reading (and destroys the stream) when we leave early
  }
}

/**
 * The detected headers and the first `limit` data rows, mapped and validated, for an import screen. Without
 * a mapping, autoMapColumns suggests one. Mapping problems are reported, not thrown. Reading stops after
 * `limit` rows and the stream is destroyed.
 */
export async function preview(
  input: NodeJS.ReadableStream,
  mapping?: ColumnMapping | null,
  limit = 20,
): Promise<PreviewResult> {
  const records = readCsvRecords(input);
  try {
    const headers = await readHeaders(records);
    const used = mapping ?? autoMapColumns(headers);
    const { columns, problems } = resolveMapping(used, headers);
    const validator = new RowValidator();
    const rows: PreviewRow[] = [];
    for await (const record of records) {
      if (rows.length >= limit) break;
      const mapped = mapRecord(record, columns, headers.length);
      if (!mapped) continue;
      const { errors } = validator.validate(mapped.values, record.line);
      rows.push({ line: record.line, values: mapped.values, errors: [...mapped.errors, ...errors] });
    }
    return { headers, mapping: used, mappingProblems: problems, rows };
  } finally {
    await records.return(undefined);
  }
}

async function readHeaders(records: AsyncGenerator<CsvRecord>): Promise<string[]> {
  const first = await records.next();
  if (first.done) throw new CsvFileError('The file is empty: there is no header line.');
  if (first.value.problem) {
    throw new CsvFileError(`The header line is malformed: ${first.value.problem}.`, first.value.line);
  }
  return first.value.fields.map((h) => h.trim());
}

/** The mapped, trimmed values and structural errors of one record; null for a blank row (skipped). */
function mapRecord(
  record: CsvRecord,
  columns: ColumnIndex,
  headerCount: number,
): { values: RawEmployeeValues; errors: LineError[] } | null {
  const { fields, line } = record;
  const lastFilled = fields.findLastIndex((f) => f.trim() !== '');
  if (lastFilled < 0) return null;
  const errors: LineError[] = [];
  if (record.problem) errors.push({ line, field: 'row', message: `Malformed CSV: ${record.problem}.` });
  if (lastFilled >= headerCount) {
    errors.push({ line, field: 'row', message: `The row has ${lastFilled + 1} values but the header has ${headerCount} columns.` });
  }
  const values: RawEmployeeValues = {};
  for (const [target, index] of Object.entries(columns) as [keyof RawEmployeeValues, number][]) {
    const cell = fields[index]?.trim();
    if (cell) values[target] = cell;
  }
  return { values, errors };
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}
