/**
 * Certification-impact benchmark: N employees (default 100k, BENCH_IMPACT_EMPLOYEES) with 24 monthly
 * observations each, generated with set-based SQL; a certification earned by a share of them
 * (BENCH_IMPACT_SHARE, default 0.3) with an injected effect; 1% of people with a metric adjustment.
 * Times the impact analysis (service: one SQL aggregate + the statistics in TypeScript) and the
 * single hand-written SQL aggregate it needs (per-group n, mean and standard deviation computed in
 * SQL), over the same pool in the same run, and prints the ratio.
 * `run(url)` uses a migrated database at `url`; without it, a fresh one (DATABASE_URL server or embedded).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { Viewer } from '@app/shared';
import { ALL_ENTITIES } from '../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../migrations';
import { impactServiceOn } from '../test/support/reporting-services';
import { freshBenchDatabase } from './support/bench-db';
import { ms } from './support/timing';

const ROLES = 50;

async function generate(ds: DataSource, n: number, share: number, effect: number): Promise<{ certificationId: string; metricKey: string; metricId: string; hrId: string }> {
  const tag = `imp${Date.now().toString(36)}`;
  await ds.query(`SELECT setseed(0.42)`);
  await ds.query(`INSERT INTO job_role (name) SELECT '${tag} role ' || g FROM generate_series(1, ${ROLES}) g`);
  const [hr] = await ds.query(`INSERT INTO employee (first_name, last_name, email, roles, version) VALUES ('HR', '${tag}', '${tag}-hr@bench.test', '{HR_ADMIN,EMPLOYEE}', 1) RETURNING id`);
  await ds.query(
    `INSERT INTO employee (employee_number, first_name, last_name, email, roles, job_role_id, status, version)
     SELECT '${tag}-' || g, 'First' || g, 'Last' || g, '${tag}-' || g || '@bench.test', '{EMPLOYEE}', r.id, 'ACTIVE', 1
       FROM generate_series(1, $1::int) g
       JOIN job_role r ON r.name = '${tag} role ' || (g % ${ROLES} + 1)`,
    [n],
  );
  const [cert] = await ds.query(`INSERT INTO certification (name, issuer, cost_amount) VALUES ('${tag} cert', 'Bench', 250) RETURNING id`);
  const [metric] = await ds.query(`INSERT INTO metric_definition (key, name, higher_is_better) VALUES ('${tag}_csat', 'CSAT', true) RETURNING id, key`);
  // Certified: a share of people, earned on the 15th of one of the months 13..18 of the 24.
  await ds.query(
    `INSERT INTO certification_record (employee_id, certification_id, earned_on)
     SELECT e.id, $1, DATE '2025-01-15' + make_interval(months => (hashtext(e.id::text) & 65535) % 6)
       FROM employee e WHERE e.employee_number LIKE '${tag}-%' AND ((hashtext(e.id::text) >> 16) & 1023) < $2::int`,
    [cert.id, Math.round(share * 1024)],
  );
  await ds.query(
    `INSERT INTO metric_observation (employee_id, metric_id, period, period_start, value)
     SELECT e.id, $1, 'MONTH', (DATE '2024-01-01' + make_interval(months => m))::date,
            50 + ((hashtext(e.id::text) & 255) / 25.5) + (random() * 4 - 2)
            + CASE WHEN r.earned_on IS NOT NULL AND DATE '2024-01-01' + make_interval(months => m) > date_trunc('month', r.earned_on) THEN $2::float8 ELSE 0 END
       FROM employee e
       CROSS JOIN generate_series(0, 23) m
       LEFT JOIN certification_record r ON r.employee_id = e.id AND r.certification_id = $3
      WHERE e.employee_number LIKE '${tag}-%'`,
    [metric.id, effect, cert.id],
  );
  await ds.query(
    `WITH picked AS (SELECT id FROM employee WHERE employee_number LIKE '${tag}-%' AND (hashtext(id::text) & 127) = 0),
     b AS (INSERT INTO practice_budget (employee_id, proposed_by_id, program, hours, period_start, period_end, status)
           SELECT id, $1, 'Bench practice', 10, DATE '2025-03-01', DATE '2025-04-30', 'APPROVED' FROM picked RETURNING id, employee_id)
     INSERT INTO metric_adjustment (employee_id, metric_key, change_percent, starts_on, ends_on, budget_id, created_by_id)
     SELECT employee_id, $2, -20, DATE '2025-03-01', DATE '2025-04-30', id, $1 FROM b`,
    [hr.id, metric.key],
  );
  await ds.query(`ANALYZE`);
  return { certificationId: cert.id, metricKey: metric.key, metricId: metric.id, hrId: hr.id };
}

/** The hand-written aggregate: per group n, mean and sample standard deviation of after − before, all in SQL. */
function handWrittenSql(): string {
  return `
WITH obs AS MATERIALIZED (
  SELECT o.employee_id, o.period_start AS month, o.value FROM metric_observation o
   WHERE o.metric_id = $1 AND o.period = 'MONTH'
     AND NOT EXISTS (SELECT 1 FROM metric_adjustment a WHERE a.employee_id = o.employee_id AND a.metric_key = $2
                       AND a.starts_on < (o.period_start + interval '1 month')::date AND a.ends_on >= o.period_start)
),
ev AS MATERIALIZED (
  SELECT r.employee_id, e.job_role_id, date_trunc('month', min(r.earned_on))::date AS m
    FROM certification_record r JOIN employee e ON e.id = r.employee_id
   WHERE r.certification_id = $3 AND r.revoked_at IS NULL GROUP BY r.employee_id, e.job_role_id
),
cert AS (
  SELECT ev.employee_id,
         avg(o.value) FILTER (WHERE o.month < ev.m) AS b, avg(o.value) FILTER (WHERE o.month > ev.m) AS a
    FROM ev JOIN obs o ON o.employee_id = ev.employee_id AND o.month >= ev.m - interval '3 months' AND o.month < ev.m + interval '4 months' AND o.month <> ev.m
   GROUP BY ev.employee_id
),
k AS (SELECT DISTINCT job_role_id, m FROM ev),
pw AS (
  SELECT e.id, k.m, avg(o.value) FILTER (WHERE o.month < k.m) AS b, avg(o.value) FILTER (WHERE o.month > k.m) AS a
    FROM k JOIN employee e ON e.job_role_id = k.job_role_id
    JOIN obs o ON o.employee_id = e.id AND o.month >= k.m - interval '3 months' AND o.month < k.m + interval '4 months' AND o.month <> k.m
   WHERE NOT EXISTS (SELECT 1 FROM ev WHERE ev.employee_id = e.id AND ev.m < k.m + interval '4 months')
   GROUP BY e.id, k.m
),
peer AS (SELECT id, avg(a) - avg(b) AS d FROM pw WHERE a IS NOT NULL AND b IS NOT NULL GROUP BY id)
SELECT 'CERTIFIED' AS grp, count(*)::int AS n, avg(a - b) AS mean_change, stddev_samp(a - b) AS sd FROM cert WHERE a IS NOT NULL AND b IS NOT NULL
UNION ALL
SELECT 'PEER', count(*)::int, avg(d), stddev_samp(d) FROM peer`;
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function run(url?: string): Promise<void> {
  const n = Number(process.env.BENCH_IMPACT_EMPLOYEES ?? 100_000);
  const share = Number(process.env.BENCH_IMPACT_SHARE ?? 0.3);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const effect = 2;
  const db = url ? null : await freshBenchDatabase();
  const ds = new DataSource(buildDataSourceOptions(url ?? (db as { url: string }).url, ALL_ENTITIES, ALL_MIGRATIONS, 2));
  await ds.initialize();
  try {
    if (url) await ds.runMigrations({ transaction: 'each' });
    const t0 = Date.now();
    const g = await generate(ds, n, share, effect);
    const genMs = Date.now() - t0;
    const service = impactServiceOn(ds);
    const hr: Viewer = { employeeId: g.hrId, roles: ['HR_ADMIN', 'EMPLOYEE'], subject: 'bench' };
    const analyse = () => service.certificationImpact(hr, g.certificationId, { metricKey: g.metricKey });
    const baseline = () => ds.query(handWrittenSql(), [g.metricId, g.metricKey, g.certificationId]);
    const result = await analyse(); // warm-up
    const sqlRows: Array<{ grp: string; n: number; mean_change: number }> = await baseline();
    const analysisMs = await median(runs, analyse);
    const sqlMs = await median(runs, baseline);
    const { paired, peers } = result.analysis;
    const cert = sqlRows.find((r) => r.grp === 'CERTIFIED');
    const peer = sqlRows.find((r) => r.grp === 'PEER');
    const agree = cert?.n === paired.n && peer?.n === peers.nB && Math.abs(Number(cert?.mean_change) - (paired.meanDifference ?? NaN)) < 1e-9;
    const fmt = (ci: [number, number] | null) => (ci ? `[${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]` : 'n/a');
    console.log(`impact benchmark (${db?.engine ?? 'given database'}, ${n} employees x 24 months, share certified ${share}, injected effect +${effect}; generated in ${genMs} ms)`);
    console.log(`  paired:  n=${paired.n} mean diff=${paired.meanDifference?.toFixed(3)} ci95=${fmt(paired.ci95)} ${paired.verdict}`);
    console.log(`  peers:   nA=${peers.nA} nB=${peers.nB} diff=${peers.meanDifference?.toFixed(3)} ci95=${fmt(peers.ci95)} ${peers.verdict}`);
    console.log(`  impact analysis (median of ${runs}):        ${ms(analysisMs)}`);
    console.log(`  hand-written SQL aggregate (median of ${runs}): ${ms(sqlMs)}`);
    console.log(`  ratio analysis / SQL aggregate:            ${(analysisMs / sqlMs).toFixed(2)}  (same n and mean: ${agree ? 'yes' : 'NO'})`);
  } finally {
    await ds.destroy();
    await db?.drop();
  }
}

if (require.main === module) {
  void run(process.argv[2]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
