/** A report as a flat table: the one shape CSV export writes (column names match the GraphQL field names). */
export type Cell = string | number | boolean | null;

export interface ReportTable {
  columns: string[];
  rows: Cell[][];
}

/** Table of `items` with one column per key, in the given order. */
export function tableOf<T>(items: readonly T[], columns: ReadonlyArray<readonly [string, (item: T) => Cell]>): ReportTable {
  return { columns: columns.map(([name]) => name), rows: items.map((item) => columns.map(([, get]) => get(item))) };
}

function cell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // Quote when needed (RFC 4180); neutralize spreadsheet formulas in text cells.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row and CRLF line ends. Numbers are written in full precision. */
export function toCsv(table: ReportTable): string {
  return [table.columns.map(cell).join(','), ...table.rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
