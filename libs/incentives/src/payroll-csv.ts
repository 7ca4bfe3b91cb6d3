import type { PayrollRow } from './incentive.repository';

const COLUMNS: Array<keyof PayrollRow> = ['award_id', 'employee_id', 'employee_number', 'email', 'kind', 'rule', 'amount', 'currency', 'status', 'met_on', 'decided_on', 'recurrence', 'employee_name'];

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so spreadsheets do not run it. */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function payrollCsv(rows: PayrollRow[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}
