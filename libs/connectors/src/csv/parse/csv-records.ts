import { parse, CsvError } from 'csv-parse';

/** One CSV record and the 1-based physical line it starts on (a quoted field may span several lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** Set when the quoting is broken (text after a closing quote, quote never closed); fields are best effort. */
  problem: string | null;
}

/** A fatal problem with the file itself (empty, or a record too long to be real). */
export class CsvFileError extends Error {
  constructor(message: string, readonly line: number | null = null) {
    super(message);
    this.name = 'CsvFileError';
  }
}

export const DEFAULT_MAX_RECORD_CHARS = 1_000_000;

const LINE_BREAK = /\r\n|\r|\n/g;
const lineBreaks = (raw: string): number => raw.match(LINE_BREAK)?.length ?? 0;

/**
 * Streams CSV records (RFC 4180, parsed by csv-parse) from a byte or text stream: UTF-8 decoding across chunk
 * boundaries, a leading BOM dropped, line breaks inside quoted fields kept verbatim, a quote inside an unquoted
 * field kept as text, empty lines skipped. The line break is the file's own (CRLF, LF or CR, detected from the
 * first one). Each record carries the physical line it starts on: counted from the raw text of the records
 * before it (csv-parse's own line counter counts a CRLF inside quotes twice). Records are pulled one at a time,
 * so a consumer that awaits between records holds back reading.
 */
export async function* readCsvRecords(
  input: NodeJS.ReadableStream,
  maxRecordChars = DEFAULT_MAX_RECORD_CHARS,
): AsyncGenerator<CsvRecord> {
  // A broken record is skipped by the parser and handed to on_skip with its raw text, while the records before it
  // may still wait in the stream's buffer: each is tagged with how many records the parser had emitted by then.
  const skipped: Array<{ error: CsvError | undefined; raw: string | undefined; after: number }> = [];
  let emitted = 0;
  let consumed = 0;
  const parser = parse({
    bom: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    max_record_size: maxRecordChars,
    on_record: (record) => {
      emitted++;
      return record;
    },
    on_skip: (error, raw) => void skipped.push({ error, raw, after: emitted }),
  });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let line = 1;
  const brokenRecords = function* (): Generator<CsvRecord> {
    while (skipped.length > 0 && skipped[0].after <= consumed) {
      const { error, raw } = skipped.shift()!;
      const start = line;
      line += lineBreaks(raw ?? '');
      if (error?.code === 'CSV_MAX_RECORD_SIZE') {
        throw new CsvFileError(`The record starting on line ${start} is longer than ${maxRecordChars} characters (a quote never closed?).`, start);
      }
      const problem = error?.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : (error?.message ?? 'unreadable record');
      yield { fields: [], line: start, problem };
    }
  };
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      yield* brokenRecords();
      consumed++;
      const start = line;
      line += lineBreaks(raw);
      const blank = record.length === 1 && record[0] === '' && !raw.includes('"');
      // relax_quotes keeps `"Al"an` whole, quotes included: a field can only start with a quote when its quoting broke.
      const problem = record.some((f) => f.startsWith('"')) ? 'unexpected text after a closing quote' : null;
      if (!blank) yield { fields: record, line: start, problem };
    }
    consumed = Infinity;
    yield* brokenRecords();
  } finally {
    input.unpipe(parser);
    parser.destroy();
    (input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}
