/**
 * Connector sync benchmark: 100k employees synced from an in-memory HRIS, compared with a raw COPY of the same
 * rows into a plain table; then an incremental run with 1% changed and a repeat run (0 changes).
 * Real PostgreSQL with DATABASE_URL (a fresh database, dropped afterwards), else the embedded engine.
 */
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { EmployeeSync, HrisPull, SourceEmployee, SyncField } from '@app/connectors';
import { EmployeeEventPublisher, EmployeeSyncWriter } from '@app/employees';
import { ALL_ENTITIES } from '../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../migrations';
import { freshBenchDatabase } from './support/bench-db';
import { copyBaseline } from './support/copy-baseline';

const FIELDS: SyncField[] = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'location', 'managerExternalId', 'status', 'hireDate'];

function people(n: number): SourceEmployee[] {
  return Array.from({ length: n }, (_, i) => ({
    externalId: `E${i}`,
    employeeNumber: `N${i}`,
    firstName: `First${i}`,
    lastName: `Last${i}`,
    email: `e${i}@bench.test`,
    department: `Dept ${i % 50}`,
    jobTitle: `Role ${i % 100}`,
    location: `Site ${i % 20}`,
    managerExternalId: i === 0 ? null : `E${Math.floor((i - 1) / 10)}`,
    status: 'ACTIVE',
    hireDate: `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 9}`,
  }));
}

function pullOf(rows: SourceEmployee[], batchSize: number): HrisPull {
  async function* batches() {
    for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
  }
  return { fields: FIELDS, batches: batches() };
}

/**
 * What any sync must at least write: the COPY table's rows inserted into employee and external_ref with the real
 * indexes, foreign keys and checks (one statement each, no lookups, in a transaction that is rolled back). Timed
 * again with employee's foreign keys dropped inside the rolled-back transaction, to show what they cost.
 */
async function writeFloor(pool: Pool, connectorId: string): Promise<{ withKeys: number; withoutKeys: number }> {
  const client = await pool.connect();
  const once = async (dropKeys: boolean) => {
    await client.query('BEGIN');
    try {
      if (dropKeys) {
        const keys = await client.query<{ conname: string }>(`SELECT conname FROM pg_constraint WHERE conrelid = 'employee'::regclass AND contype = 'f'`);
        await client.query(`ALTER TABLE employee ${keys.rows.map((k) => `DROP CONSTRAINT "${k.conname}"`).join(', ')}`);
      }
      await client.query(`CREATE TEMP TABLE floor_rows ON COMMIT DROP AS
        SELECT b.*, gen_random_uuid() AS id, d.id AS department_id, j.id AS job_role_id, l.id AS location_id
          FROM bench_copy b LEFT JOIN department d ON d.name = b.department LEFT JOIN job_role j ON j.name = b.job_title LEFT JOIN location l ON l.name = b.location`);
      const t0 = process.hrtime.bigint();
      // Other emails and numbers than the synced people's, so the unique indexes accept them.
      await client.query(`INSERT INTO employee (id, employee_number, first_name, last_name, email, department_id, job_role_id, location_id, status, hire_date, version)
        SELECT id, 'F' || employee_number, first_name, last_name, 'f' || email, department_id, job_role_id, location_id, status, hire_date, 1 FROM floor_rows`);
      await client.query(`INSERT INTO external_ref (connector_id, entity, external_id, internal_id, payload)
        SELECT $1, 'employee', 'F' || external_id, id, jsonb_build_object('firstName', first_name, 'lastName', last_name, 'email', email) FROM floor_rows`, [connectorId]);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    } finally {
      await client.query('ROLLBACK');
    }
  };
  try {
    return { withKeys: await once(false), withoutKeys: await once(true) };
  } finally {
    client.release();
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, result];
}

export async function run(): Promise<void> {
  const n = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
  const batchSize = Number(process.env.BENCH_BATCH ?? 5000);
  const db = await freshBenchDatabase();
  const ds = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS, 4));
  await ds.initialize();
  const pool = new Pool({ connectionString: db.url, max: 1 });
  try {
    const tx = new TransactionHost(ds);
    const sync = new EmployeeSync(tx, new EmployeeSyncWriter(tx, new EmployeeEventPublisher(new EventEmitter2())));
    const [{ id: connectorId }] = await ds.query(`INSERT INTO connector (kind, name) VALUES ('BENCH', 'bench') RETURNING id`);
    const rows = people(n);
    const copyMs = await copyBaseline(pool, rows, db.engine);

    const options = { connectorId, runId: null, full: true, dryRun: false, owned: [] };
    const [fullMs, full] = await timed(() => sync.apply(pullOf(rows, batchSize), options));
    const changed = rows.filter((_, i) => i % 100 === 7).map((r) => ({ ...r, lastName: `${r.lastName}-changed` }));
    const [incMs, inc] = await timed(() => sync.apply(pullOf(changed, batchSize), { ...options, full: false }));
    const repeatRows = rows.map((r, i) => (i % 100 === 7 ? { ...r, lastName: `${r.lastName}-changed` } : r));
    const [repeatMs, repeat] = await timed(() => sync.apply(pullOf(repeatRows, batchSize), options));

    const floor = await writeFloor(pool, connectorId);

    const rate = (ms: number, count: number) => Math.round((count / ms) * 1000);
    console.log(`connectors benchmark (${db.engine}, ${n} employees, batches of ${batchSize})`);
    console.log(`  ${db.engine === 'postgresql' ? 'raw COPY baseline:  ' : 'bulk INSERT baseline:'} ${copyMs.toFixed(0)} ms  (${rate(copyMs, n)} rows/s)`);
    console.log(`  full sync:           ${fullMs.toFixed(0)} ms  (${rate(fullMs, n)} rows/s)  created=${full.counts.created} failed=${full.counts.failed} linkErrors=${full.linkErrors}`);
    console.log(`  sync/COPY ratio:     ${(copyMs / fullMs).toFixed(2)}  (target >= 0.4)`);
    console.log(`  write floor:         ${floor.withKeys.toFixed(0)} ms  (ratio ${(copyMs / floor.withKeys).toFixed(2)}): the same rows inserted into employee and external_ref, with their indexes and foreign keys, from the COPY table`);
    console.log(`    without employee's foreign keys: ${floor.withoutKeys.toFixed(0)} ms  (ratio ${(copyMs / floor.withoutKeys).toFixed(2)}; the keys cost ${(floor.withKeys - floor.withoutKeys).toFixed(0)} ms)`);
    console.log(`  incremental 1%:      ${incMs.toFixed(0)} ms  (${((incMs / fullMs) * 100).toFixed(1)}% of full, target < 5%)  updated=${inc.counts.updated}`);
    console.log(`  repeat run:          ${repeatMs.toFixed(0)} ms  (${rate(repeatMs, n)} rows/s)  changes=${repeat.counts.created + repeat.counts.updated + repeat.counts.deactivated + repeat.counts.reactivated} unchanged=${repeat.counts.unchanged}`);
  } finally {
    await pool.end();
    await ds.destroy();
    await db.drop();
  }
}

if (require.main === module) void run().catch((e) => {
  console.error(e);
  process.exit(1);
});
