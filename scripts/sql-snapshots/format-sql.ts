/**
 * Lays a statement out the same way whatever the indentation of the code that built it: whitespace outside quotes
 * collapses to one space, each clause (SELECT, FROM, JOIN, WHERE, ORDER BY …) starts a line indented by its
 * parenthesis depth (unless it opens a parenthesis), and each column a SELECT lists gets a line of its own, so a diff
 * names the column. Quoted text ('…', "…") is kept as it is.
 */
const CLAUSES = [
  'WITH RECURSIVE', 'WITH', 'SELECT', 'FROM', 'LEFT JOIN', 'INNER JOIN', 'CROSS JOIN', 'JOIN', 'WHERE', 'GROUP BY', 'HAVING',
  'ORDER BY', 'LIMIT', 'OFFSET', 'UNION ALL', 'UNION', 'INSERT INTO', 'VALUES', 'UPDATE', 'SET', 'DELETE FROM',
  'ON CONFLICT', 'DO UPDATE', 'DO NOTHING', 'RETURNING', 'FOR UPDATE', 'FOR NO KEY UPDATE',
];
const CLAUSE = new RegExp(`^(?:${CLAUSES.map((c) => c.replace(' ', '\\s+')).join('|')})\\b`);
const WORD_BEFORE = /[A-Za-z0-9_$."]$/;

export function formatSql(sql: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  /** The clause open at each parenthesis depth. */
  const clauses: string[] = [];
  const text = sql.trim();
  const newline = () => {
    out = out.trimEnd();
    if (out && !out.endsWith('(')) out += `\n${'  '.repeat(depth)}`;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      let end = i + 1;
      while (end < text.length && !(text[end] === ch && text[end + 1] !== ch)) end += text[end] === ch ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i])) i += 1;
      if (!/[\s(]$/.test(out)) out += ' ';
    } else {
      const clause = WORD_BEFORE.test(out) ? null : CLAUSE.exec(text.slice(i));
      if (clause) {
        newline();
        clauses[depth] = clause[0].replace(/\s+/g, ' ');
        out += clauses[depth];
        i += clause[0].length;
        continue;
      }
      if (ch === ',' && clauses[depth] === 'SELECT') {
        out = `${out.trimEnd()},\n${'  '.repeat(depth + 1)}`;
        i += 1;
        continue;
      }
      if (ch === '(') clauses[(depth += 1)] = '';
      if (ch === ')') {
        depth = Math.max(0, depth - 1);
        out = out.trimEnd();
      }
      out += ch;
      i += 1;
    }
  }
  return out.trimEnd();
}
