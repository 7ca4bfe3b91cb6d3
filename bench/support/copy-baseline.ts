import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SourceEmployee } from '@app/connectors';

const csvCell = (v: unknown) => (v === null || v === undefined ? '\\N' : String(v).replace(/[\\\t\n]/g, ' '));

const BASELINE_COLUMNS = ['external_id', 'employee_number', 'first_name', 'last_name', 'email', 'department', 'job_title', 'location', 'manager_external_id', 'status', 'hire_date'];
const baselineValues = (r: SourceEmployee) => [r.externalId, r.employeeNumber, r.firstName, r.lastName, r.email, r.department, r.jobTitle, r.location, r.managerExternalId, r.status, r.hireDate];

/**
 * The rows written into a plain table the fastest way the engine takes them: COPY FROM STDIN on PostgreSQL; the
 * embedded engine's socket does not speak the COPY sub-protocol, so there one INSERT … SELECT FROM unnest() of
 * all the rows.
 */
export async function copyBaseline(pool: Pool, rows: SourceEmployee[], engine: 'postgresql' | 'embedded'): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query(`CREATE TABLE bench_copy (${BASELINE_COLUMNS.map((c) => `${c} ${c === 'hire_date' ? 'date' : 'text'}`).join(', ')})`);
    const t0 = process.hrtime.bigint();
    if (engine === 'postgresql') {
      const lines = rows.map((r) => baselineValues(r).map(csvCell).join('\t') + '\n');
      await pipeline(Readable.from(lines), client.query(copyFrom('COPY bench_copy FROM STDIN')));
    } else {
      const columns = BASELINE_COLUMNS.map((_, i) => rows.map((r) => baselineValues(r)[i] ?? null));
      await client.query(`INSERT INTO bench_copy SELECT * FROM unnest(${BASELINE_COLUMNS.map((c, i) => `$${i + 1}::${c === 'hire_date' ? 'date' : 'text'}[]`).join(', ')})`, columns);
    }
    return Number(process.hrtime.bigint() - t0) / 1e6;
  } finally {
    client.release();
  }
}

