import { Readable } from 'node:stream';
import { CsvFileError, CsvRecord, readCsvRecords } from './csv-records';

async function read(text: string, chunkSize = text.length || 1, maxRecordChars?: number): Promise<CsvRecord[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  const out: CsvRecord[] = [];
  for await (const record of readCsvRecords(Readable.from(chunks), maxRecordChars)) out.push(record);
  return out;
}

const lines = (records: CsvRecord[]) => records.map((r) => [r.line, r.fields]);

describe('readCsvRecords (csv-parse)', () => {
  it('splits fields, handles quotes, escaped quotes and commas inside quotes', async () => {
    expect(lines(await read('a,b,c\n1,"x, y","say ""hi"""\n,,\n'))).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x, y', 'say "hi"']],
      [3, ['', '', '']],
    ]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('numbers records by their first physical line across quoted line breaks and blank lines (%s)', async (_name, nl) => {
    const text = `h1,h2${nl}1,"two${nl}lines"${nl}${nl}2,"three${nl}more${nl}lines"${nl}3,x${nl}4,y`;
    const expected = [
      [1, ['h1', 'h2']],
      [2, ['1', `two${nl}lines`]],
      [5, ['2', `three${nl}more${nl}lines`]],
      [8, ['3', 'x']],
      [9, ['4', 'y']],
    ];
    expect(lines(await read(text))).toEqual(expected);
    // Whatever the chunk boundaries (a CRLF split in two included), the result is the same.
    for (const size of [1, 2, 3, 5, 7]) expect(lines(await read(text, size))).toEqual(expected);
  });

  it('keeps a quote inside an unquoted field as text and flags a quote never closed on the line it opens', async () => {
    expect((await read('a 5" screen,b\n'))[0]).toMatchObject({ fields: ['a 5" screen', 'b'], problem: null });
    expect(await read('x\n1,"never closed\n2,3\n')).toEqual([
      { fields: ['x'], line: 1, problem: null },
      { fields: [], line: 2, problem: 'a quoted field is never closed' },
    ]);
  });

  it('keeps a record of one quoted empty field but skips empty lines', async () => {
    expect(lines(await read('\n\n""\n\nx\n'))).toEqual([[3, ['']], [5, ['x']]]);
  });

  it('refuses a record longer than the limit, naming the line it starts on', async () => {
    await expect(read('ok\n"this never ends and goes on', 4, 10)).rejects.toThrow(CsvFileError);
    await expect(read('ok\n"this never ends and goes on', 4, 10)).rejects.toThrow(/line 2/);
  });

  it('strips a BOM and decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('\ufeffname,city\nZoë,Kraków\n', 'utf8');
    const chunks = Array.from(bytes, (b) => Buffer.from([b])); // one byte at a time
    const out: CsvRecord[] = [];
    for await (const r of readCsvRecords(Readable.from(chunks))) out.push(r);
    expect(lines(out)).toEqual([
      [1, ['name', 'city']],
      [2, ['Zoë', 'Kraków']],
    ]);
  });

  it('keeps a BOM-like character that is not at the start', async () => {
    const out: CsvRecord[] = [];
    for await (const r of readCsvRecords(Readable.from(['a\n', '\ufeffb\n']))) out.push(r);
    expect(out.map((r) => r.fields[0])).toEqual(['a', '\ufeffb']);
  });
});

describe('readCsvRecords broken quoting', () => {
  it('flags text after a closing quote, keeping the text', async () => {
    expect((await read('E2,"Al"an,Turing\n'))[0]).toEqual({ fields: ['E2', '"Al"an', 'Turing'], line: 1, problem: 'unexpected text after a closing quote' });
  });
});
