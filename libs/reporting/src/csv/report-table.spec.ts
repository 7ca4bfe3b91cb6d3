import { tableOf, toCsv } from './report-table';

describe('toCsv', () => {
  it('writes a header, quotes commas and quotes, keeps numbers exact, empties nulls and defuses formulas', () => {
    const table = tableOf([{ a: 'x, "y"', b: 0.1 + 0.2, c: null }, { a: '=SUM(A1)', b: -3, c: true }], [
      ['a', (r) => r.a],
      ['b', (r) => r.b],
      ['c', (r) => r.c],
    ]);
    expect(toCsv(table)).toBe(`a,b,c\r\n"x, ""y""",0.30000000000000004,\r\n'=SUM(A1),-3,true\r\n`);
  });
});
