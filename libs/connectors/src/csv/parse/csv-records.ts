import { StringDecoder } from 'node:string_decoder';

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

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'afterQuote';

/**
 * Incremental RFC 4180 tokenizer: feed text chunks, get complete records. Line breaks are CRLF, LF or a
 * lone CR, each counted as one physical line, inside quoted fields too (where they are kept verbatim).
 * A quote inside an unquoted field is kept as text. Empty lines yield no record.
 */
export class CsvTokenizer {
  private state: State = 'fieldStart';
  private fields: string[] = [];
  private field = '';
  private line = 1;
  private recordLine = 1;
  private recordChars = 0;
  private afterCR = false;
  private problem: string | null = null;

  constructor(private readonly maxRecordChars = DEFAULT_MAX_RECORD_CHARS) {}

  write(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (const c of text) {
      if (this.afterCR) {
        this.afterCR = false;
        if (c === '\n') {
          if (this.state === 'quoted') this.field += c; // second half of a CRLF inside quotes
          continue;
        }
      }
      if (++this.recordChars > this.maxRecordChars) {
        throw new CsvFileError(
          `The record starting on line ${this.recordLine} is longer than ${this.maxRecordChars} characters (a quote never closed?).`,
          this.recordLine,
        );
      }
      this.step(c, out);
    }
    return out;
  }

  /** Call once after the last chunk: returns the last record if the file does not end with a line break. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.state === 'quoted') this.problem ??= 'a quoted field is never closed';
    if (this.state !== 'fieldStart' || this.fields.length > 0) this.endRecord(out);
    return out;
  }

  private step(c: string, out: CsvRecord[]): void {
    const lineBreak = c === '\n' || c === '\r';
    switch (this.state) {
      case 'quoted':
        if (c === '"') this.state = 'afterQuote';
        else {
          this.field += c;
          if (lineBreak) this.newLine(c);
        }
        return;
      case 'afterQuote':
        if (c === '"') {
          this.field += c;
          this.state = 'quoted';
          return;
        }
        if (c !== ',' && !lineBreak) {
          this.problem ??= 'unexpected text after a closing quote';
          this.field += c;
          this.state = 'unquoted';
          return;
        }
        break;
      case 'fieldStart':
        if (c === '"') {
          this.state = 'quoted';
          return;
        }
        break;
    }
    if (c === ',') this.endField();
    else if (lineBreak) {
      this.endRecord(out);
      this.newLine(c);
      this.recordLine = this.line;
    } else {
      this.field += c;
      this.state = 'unquoted';
    }
  }

  private newLine(c: string): void {
    this.line++;
    this.afterCR = c === '\r';
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'fieldStart';
  }

  private endRecord(out: CsvRecord[]): void {
    const wasQuoted = this.state === 'afterQuote' || this.state === 'quoted';
    this.endField();
    const blank = this.fields.length === 1 && this.fields[0] === '' && !wasQuoted;
    if (!blank) out.push({ fields: this.fields, line: this.recordLine, problem: this.problem });
    this.fields = [];
    this.problem = null;
    this.recordChars = 0;
  }
}

/**
 * Streams CSV records from a byte or text stream: UTF-8 decoding across chunk boundaries, a leading BOM
 * dropped. Records are pulled one at a time, so a consumer that awaits between records holds back reading.
 */
export async function* readCsvRecords(
  input: NodeJS.ReadableStream,
  maxRecordChars = DEFAULT_MAX_RECORD_CHARS,
): AsyncGenerator<CsvRecord> {
  const decoder = new StringDecoder('utf8');
  const tokenizer = new CsvTokenizer(maxRecordChars);
  let atStart = true;
  const decode = (text: string): string => {
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
    }
    return text;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    yield* tokenizer.write(decode(text));
  }
  yield* tokenizer.write(decode(decoder.end()));
  yield* tokenizer.end();
}
