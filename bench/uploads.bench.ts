/**
 * CSV upload benchmark: a ~10 MB employee file (BENCH_UPLOAD_ROWS, default 230,000 rows) posted to the real app's
 * POST /connectors/<id>/csv, first as a preview, then applied, while a client asks GET /health back to back.
 * Prints rows/s of each, /health p50/p95/max during each, and a baseline measured in the same run over the same
 * pool: the same rows written into a plain table by COPY (PostgreSQL) or one bulk INSERT (embedded engine).
 * Real PostgreSQL with DATABASE_URL (a fresh database, dropped afterwards), else the embedded engine in process.
 */
import { createReadStream, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceEmployee } from '@app/connectors';
import { freshBenchDatabase } from './support/bench-db';
import { copyBaseline } from './support/copy-baseline';
import { benchApp } from './support/gql-client';
import { pct } from './support/timing';

const HEADER = 'Employee ID,First Name,Last Name,Work Email,Manager,Department';
const MAPPING = JSON.stringify({ 'Employee ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', 'Work Email': 'email', Manager: 'managerExternalId', Department: 'department' });

function people(n: number): SourceEmployee[] {
  return Array.from({ length: n }, (_, i) => ({
    externalId: `E${i}`, firstName: `Fn${i % 997}`, lastName: `Ln${i}`, email: `e${i}@bench.test`,
    managerExternalId: i === 0 ? null : `E${Math.floor((i - 1) / 10)}`, department: `Dept ${i % 50}`, status: 'ACTIVE',
  }));
}

const csvOf = (rows: SourceEmployee[]) => [HEADER, ...rows.map((r) => [r.externalId, r.firstName, r.lastName, r.email, r.managerExternalId ?? '', r.department].join(','))].join('\n') + '\n';

/** GET /health back to back on its own connection until stopped; the latency of each, in ms. */
function probeHealth(port: number): { stop(): Promise<number[]> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let running = true;
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const req = request({ host: '127.0.0.1', port, path: '/health', agent }, (res) => {
        res.resume();
        res.on('end', () => {
          times.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (res.statusCode !== 200) reject(new Error(`/health answered ${res.statusCode}`));
          else resolve();
        });
      });
      req.on('error', reject);
      req.end();
    });
  const loop = (async () => {
    while (running) {
      await once();
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      agent.destroy();
      return times.sort((a, b) => a - b);
    },
  };
}

function upload(port: number, connectorId: string, token: string, file: string, mode: 'preview' | 'apply'): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const path = `/connectors/${connectorId}/csv?mode=${mode}&mapping=${encodeURIComponent(MAPPING)}`;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers: { 'content-type': 'text/csv', 'content-length': String(statSync(file).size), authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        if (res.statusCode !== 200) reject(new Error(`${mode} answered ${res.statusCode}: ${JSON.stringify(body)}`));
        else resolve(body);
      });
    });
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}

async function timedWithHealth<T>(port: number, fn: () => Promise<T>): Promise<{ ms: number; health: number[]; result: T }> {
  const probe = probeHealth(port);
  const t0 = process.hrtime.bigint();
  const result = await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, health: await probe.stop(), result };
}

export async function run(): Promise<void> {
  const n = Number(process.env.BENCH_UPLOAD_ROWS ?? 230_000);
  const db = await freshBenchDatabase();
  const bench = await benchApp(db.url);
  try {
    const rows = people(n);
    const file = join(mkdtempSync(join(tmpdir(), 'skillpath-upload-bench-')), 'people.csv');
    writeFileSync(file, csvOf(rows));
    const bytes = statSync(file).size;
    await bench.pool.query(`INSERT INTO employee (first_name, last_name, email, auth_subject, roles, status, version) VALUES ('Hana', 'HR', 'hr@bench.test', 'bench|hr', '{HR_ADMIN,EMPLOYEE}', 'ACTIVE', 1)`);
    const [connector] = await bench.pool.query(`INSERT INTO connector (kind, name) VALUES ('CSV', 'bench upload') RETURNING id`).then((r) => r.rows);
    const copyMs = await copyBaseline(bench.pool, rows, db.engine);
    const idle = await timedWithHealth(bench.port, () => new Promise((r) => setTimeout(r, 2000)));

    const preview = await timedWithHealth(bench.port, () => upload(bench.port, connector.id, bench.token('bench|hr'), file, 'preview'));
    const apply = await timedWithHealth(bench.port, () => upload(bench.port, connector.id, bench.token('bench|hr'), file, 'apply'));

    const rate = (ms: number) => Math.round((n / ms) * 1000);
    const health = (t: number[]) => `/health p50 ${pct(t, 50).toFixed(0)} ms, p95 ${pct(t, 95).toFixed(0)} ms, max ${t[t.length - 1].toFixed(0)} ms (${t.length} probes)`;
    const run = (b: Record<string, unknown>) => b.run as Record<string, unknown>;
    console.log(`uploads benchmark (${db.engine}, ${n} rows, ${(bytes / 1024 ** 2).toFixed(1)} MB)`);
    console.log(`  ${db.engine === 'postgresql' ? 'raw COPY baseline:  ' : 'bulk INSERT baseline:'} ${copyMs.toFixed(0)} ms  (${rate(copyMs)} rows/s)`);
    console.log(`  idle:                ${health(idle.health)}`);
    console.log(`  preview:             ${preview.ms.toFixed(0)} ms  (${rate(preview.ms)} rows/s, ratio to baseline ${(copyMs / preview.ms).toFixed(2)})  errors=${preview.result.errorCount} created=${run(preview.result).created}`);
    console.log(`                       ${health(preview.health)}`);
    console.log(`  apply:               ${apply.ms.toFixed(0)} ms  (${rate(apply.ms)} rows/s, ratio to baseline ${(copyMs / apply.ms).toFixed(2)})  created=${run(apply.result).created} failed=${run(apply.result).failed}`);
    console.log(`                       ${health(apply.health)}  (target p95 < 1000 ms)`);
  } finally {
    await bench.close();
    await db.drop();
  }
}

if (require.main === module) void run().catch((e) => {
  console.error(e);
  process.exit(1);
});
