import { Readable } from 'node:stream';
import { autoMapColumns } from './column-mapping';
import { CsvFileError } from './csv-records';
import { ValidRow } from './row-validator';
import { CsvMappingError, parseEmployeeCsv, preview } from './stream-parser';

const HEADER = 'Employee ID,First Name,Last Name,Work Email,Manager ID,Status,Notes';
const mapping = autoMapColumns(HEADER.split(','));

async function parse(text: string | Buffer, batchSize = 1000) {
  const batches: ValidRow[][] = [];
  const result = await parseEmployeeCsv(Readable.from([text]), mapping, {
    batchSize,
    onBatch: async (rows) => void batches.push(rows),
  });
  return { result, rows: batches.flat(), batches };
}

describe('parseEmployeeCsv', () => {
  it('imports valid rows and reports errors with physical line numbers, also after a multi-line field', async () => {
    const csv = [
      HEADER,
      'E1,Ada,Lovelace,ada@example.com,,Active,"first line',
      'second line, with a comma',
      'third ""quoted"" line"',
      'E2,Alan,Turing,not-an-email,E1,,',
      '',
      'E3,Grace,Hopper,grace@example.com,E3,Retired,',
      'E1,Ada,Again,,,,',
      'E4,Edsger,Dijkstra,,E1,Leave,',
    ].join('\n');
    const { result, rows } = await parse(csv);
    expect(result).toEqual({
      headers: HEADER.split(','),
      totalRows: 5, validRows: 2, invalidRows: 3, errorCount: 4, errorsTruncated: false,
      errors: [
        { line: 5, field: 'email', message: '"not-an-email" is not a valid email address.' },
        { line: 7, field: 'status', message: 'Unknown status "Retired"; use one of ACTIVE, ON_LEAVE, TERMINATED.' },
        { line: 7, field: 'managerExternalId', message: 'An employee cannot be their own manager.' },
        { line: 8, field: 'externalId', message: 'Duplicate externalId "E1" (first on line 2).' },
      ],
    });
    expect(rows.map((r) => [r.line, r.externalId, r.status, r.managerExternalId])).toEqual([
      [2, 'E1', 'ACTIVE', null],
      [9, 'E4', 'ON_LEAVE', 'E1'],
    ]);
  });

  it('handles CRLF line endings and a BOM', async () => {
    const csv = `\ufeff${HEADER}\r\nE1,Ada,Lovelace,,,,"a\r\nb"\r\nE2,Alan,,,,,\r\n`;
    const { result, rows } = await parse(Buffer.from(csv, 'utf8'));
    expect(result.headers[0]).toBe('Employee ID');
    expect(rows).toHaveLength(1);
    expect(result.errors).toEqual([{ line: 4, field: 'lastName', message: 'lastName is required.' }]);
  });

  it('reports extra values and broken quoting as row errors', async () => {
    const { result } = await parse(`${HEADER}\nE1,Ada,Lovelace,,,,,surplus\nE2,"Al"an,Turing,,,,\nE3,Grace,Hopper,,,,,,\n`);
    expect(result.errors).toEqual([
      { line: 2, field: 'row', message: 'The row has 8 values but the header has 7 columns.' },
      { line: 3, field: 'row', message: 'Malformed CSV: unexpected text after a closing quote.' },
    ]);
    expect(result.validRows).toBe(1); // trailing empty values are fine
  });

  it('keeps the first maxErrors errors and counts all', async () => {
    const csv = [HEADER, ...Array.from({ length: 30 }, (_, i) => `X${i},,,,,,`)].join('\n');
    const result = await parseEmployeeCsv(Readable.from([csv]), mapping, { maxErrors: 5, onBatch: async () => undefined });
    expect(result.errors).toHaveLength(5);
    expect(result).toMatchObject({ errorCount: 60, errorsTruncated: true, invalidRows: 30 });
    expect(result.errors[4]).toEqual({ line: 4, field: 'firstName', message: 'firstName is required.' });
  });

  it('throws on an unusable mapping or an empty file', async () => {
    const bad = parseEmployeeCsv(Readable.from([`${HEADER}\n`]), { 'Employee ID': 'externalId' }, { onBatch: async () => undefined });
    await expect(bad).rejects.toThrow(CsvMappingError);
    await expect(parseEmployeeCsv(Readable.from(['\n\n']), mapping, { onBatch: async () => undefined })).rejects.toThrow(CsvFileError);
  });

  it('streams 20k rows in batches of 1000 without reading far ahead of the consumer', async () => {
    const total = 20_000;
    let generated = 0;
    function* source(): Generator<string> {
      yield `${HEADER}\n`;
      for (let chunk = 0; chunk < total / 100; chunk++) {
        let text = '';
        for (let i = 0; i < 100; i++, generated++) {
          text += `E${generated},First${generated},"Last, ${generated}",e${generated}@example.com,${generated > 0 ? `E${generated - 1}` : ''},Active,\n`;
        }
        yield text;
      }
    }
    const batchSizes: number[] = [];
    let maxReadAhead = 0;
    let inFlight = 0;
    const result = await parseEmployeeCsv(Readable.from(source()), mapping, {
      batchSize: 1000,
      onBatch: async (rows) => {
        expect(++inFlight).toBe(1); // awaited: never two batches at once
        batchSizes.push(rows.length);
        maxReadAhead = Math.max(maxReadAhead, generated - batchSizes.length * 1000);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
      },
    });
    expect(result).toMatchObject({ totalRows: total, validRows: total, invalidRows: 0, errorCount: 0 });
    expect(batchSizes).toHaveLength(20);
    expect(batchSizes.every((n) => n === 1000)).toBe(true);
    // Only a few source chunks are buffered beyond the batch being handed over, never the whole file.
    expect(maxReadAhead).toBeLessThan(5000);
  });
});

describe('preview', () => {
  it('returns the headers, a suggested mapping and the first rows with their errors', async () => {
    const csv = `${HEADER}\nE1,Ada,Lovelace,ada@example.com,,,"multi\nline"\nE2,Alan,,bad,,,\nE3,Grace,Hopper,,,,\n`;
    const stream = Readable.from([csv]);
    const result = await preview(stream, undefined, 2);
    expect(result.headers).toEqual(HEADER.split(','));
    expect(result.mapping).toMatchObject({ 'Employee ID': 'externalId', 'Work Email': 'email', Notes: null });
    expect(result.mappingProblems).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, values: { externalId: 'E1', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' }, errors: [] },
      {
        line: 4,
        values: { externalId: 'E2', firstName: 'Alan', email: 'bad' },
        errors: [
          { line: 4, field: 'lastName', message: 'lastName is required.' },
          { line: 4, field: 'email', message: '"bad" is not a valid email address.' },
        ],
      },
    ]);
    expect(stream.destroyed).toBe(true);
  });

  it('reports mapping problems instead of throwing', async () => {
    const result = await preview(Readable.from([`${HEADER}\nE1,Ada,Lovelace,,,,\n`]), { 'Employee ID': 'externalId', Notes: 'note' });
    expect(result.mappingProblems.map((p) => p.message)).toEqual([
      'Column "Notes" is mapped to unknown field "note".',
      'Field firstName must be mapped (or a full name column).',
      'Field lastName must be mapped (or a full name column).',
    ]);
    expect(result.rows[0].values).toEqual({ externalId: 'E1' });
  });
});
