import { Readable } from 'node:stream';
import { CsvFileError, CsvRecord, CsvTokenizer, readCsvRecords } from './csv-records';

function tokenize(text: string, chunkSize = text.length || 1): CsvRecord[] {
  const tokenizer = new CsvTokenizer();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...tokenizer.write(text.slice(i, i + chunkSize)));
  return [...out, ...tokenizer.end()];
}

async function collect(stream: Readable): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const record of readCsvRecords(stream)) out.push(record);
  return out;
}

const lines = (records: CsvRecord[]) => records.map((r) => [r.line, r.fields]);

describe('CsvTokenizer', () => {
  it('splits fields, handles quotes, escaped quotes and commas inside quotes', () => {
    expect(lines(tokenize('a,b,c\n1,"x, y","say ""hi"""\n,,\n'))).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x, y', 'say "hi"']],
      [3, ['', '', '']],
    ]);
  });

  it('numbers records by their first physical line across multi-line fields, CRLF, CR and blank lines', () => {
    const text = 'h1,h2\r\n1,"two\r\nlines"\r\n\r\n2,"three\nmore\rlines"\n3,x\r4,y';
    const expected = [
      [1, ['h1', 'h2']],
      [2, ['1', 'two\r\nlines']],
      [5, ['2', 'three\nmore\rlines']],
      [8, ['3', 'x']],
      [9, ['4', 'y']],
    ];
    expect(lines(tokenize(text))).toEqual(expected);
    // Whatever the chunk boundaries (a CRLF split in two included), the result is the same.
    for (const size of [1, 2, 3, 5, 7]) expect(lines(tokenize(text, size))).toEqual(expected);
  });

  it('keeps a quote inside an unquoted field as text and flags broken quoting', () => {
    expect(tokenize('a 5" screen,b\n')[0]).toMatchObject({ fields: ['a 5" screen', 'b'], problem: null });
    expect(tokenize('"abc"def,x\n')[0]).toMatchObject({ fields: ['abcdef', 'x'], problem: 'unexpected text after a closing quote' });
    expect(tokenize('1,"never closed\n2,3\n')).toEqual([
      { fields: ['1', 'never closed\n2,3\n'], line: 1, problem: 'a quoted field is never closed' },
    ]);
  });

  it('keeps a record of one quoted empty field but skips empty lines', () => {
    expect(lines(tokenize('\n\n""\n\nx\n'))).toEqual([[3, ['']], [5, ['x']]]);
  });

  it('refuses a record longer than the limit', () => {
    const tokenizer = new CsvTokenizer(10);
    expect(() => tokenizer.write('ok\n"this never ends')).toThrow(CsvFileError);
    expect(() => new CsvTokenizer(10).write('ok\n"this never ends')).toThrow(/line 2/);
  });
});

describe('readCsvRecords', () => {
  it('strips a BOM and decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('\ufeffname,city\nZoë,Kraków\n', 'utf8');
    const chunks = Array.from(bytes, (b) => Buffer.from([b])); // one byte at a time
    expect(lines(await collect(Readable.from(chunks)))).toEqual([
      [1, ['name', 'city']],
      [2, ['Zoë', 'Kraków']],
    ]);
  });

  it('keeps a BOM-like character that is not at the start', async () => {
    const records = await collect(Readable.from(['a\n', '\ufeffb\n']));
    expect(records.map((r) => r.fields[0])).toEqual(['a', '\ufeffb']);
  });
});
