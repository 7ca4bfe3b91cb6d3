import { formatSql } from '../../scripts/sql-snapshots/format-sql';

describe('SQL snapshot layout', () => {
  it('is the same whatever the indentation of the code that built the statement', () => {
    const flat = `SELECT a.id, a.name FROM thing a JOIN other o ON o.id = a.id WHERE a.id = $1 ORDER BY a.name LIMIT 5`;
    const indented = `SELECT a.id,   a.name
           FROM thing a
              JOIN other o ON o.id = a.id
        WHERE a.id = $1
        ORDER BY a.name LIMIT 5`;
    expect(formatSql(indented)).toBe(formatSql(flat));
    expect(formatSql(flat)).toBe('SELECT a.id,\n  a.name\nFROM thing a\nJOIN other o ON o.id = a.id\nWHERE a.id = $1\nORDER BY a.name\nLIMIT 5');
  });

  it('indents a subquery by its depth and keeps quoted text, keywords inside it included, as written', () => {
    expect(formatSql(`UPDATE t SET note = 'a  FROM  b', n = (SELECT count(*) FROM u WHERE u.t = t.id) WHERE "t"."id" = $1`)).toBe(
      "UPDATE t\nSET note = 'a  FROM  b', n = (SELECT count(*)\n  FROM u\n  WHERE u.t = t.id)\nWHERE \"t\".\"id\" = $1",
    );
  });

  it('takes clause words only as whole upper-case words, not inside names', () => {
    expect(formatSql('SELECT r.set, r.from_date, "WHERE" FROM r')).toBe('SELECT r.set,\n  r.from_date,\n  "WHERE"\nFROM r');
  });
});
