import { DataSource } from 'typeorm';
import { recordStatusSql } from '@app/certifications';
import { benchApp, runStandalone } from './support/gql-client';
import { generateOrg, FULL_SIZE } from './generate-org';
import { countStatements } from '@app/persistence';
import { ms, pct, timeInterleaved } from './support/timing';
import { httpThroughput, sqlThroughput } from './support/load';

const TEAM_QUERY = `query Team($first: Int!) { myReportingLine(first: $first) { totalCount nodes {
  id displayName status department { name } jobRole { name }
  pathAssignments { currentLevel targetLevel targetDate }
  currentCertifications { status daysLeft effectiveDeadline certification { name } }
} } }`;

/** The dashboard query: one statement building JSON, no per-row or per-field resolvers. */
const OVERVIEW_QUERY = `query Overview($first: Int!) { teamOverview(first: $first) { totalCount members {
  id displayName status department jobRole
  paths { pathName currentLevel targetLevel targetDate }
  certifications { certificationName status daysLeft effectiveDeadline }
} } }`;

/**
 * The same data by hand: one SQL statement with the reporting line, levels and statuses. Active path assignments
 * only, as both GraphQL forms list them (an ended assignment is history); that is also what the partial unique
 * index on (employee_id, path_id) serves, so without it every row scanned the whole table.
 */
export const HAND_SQL = `
WITH RECURSIVE line AS (
  SELECT id, 0 AS depth FROM employee WHERE id = $1
  UNION ALL SELECT e.id, line.depth + 1 FROM employee e JOIN line ON e.manager_id = line.id WHERE line.depth < 64
)
SELECT e.id, e.first_name || ' ' || e.last_name AS display_name, e.status, d.name AS department, j.name AS job_role,
  (SELECT coalesce(json_agg(json_build_object('currentLevel', a.current_level, 'targetLevel', a.target_level, 'targetDate', a.target_date)), '[]')
     FROM path_assignment a WHERE a.employee_id = e.id AND a.ended_on IS NULL) AS path_assignments,
  (SELECT coalesce(json_agg(json_build_object('status', ${recordStatusSql('r', '$2')}, 'daysLeft', coalesce(r.extended_until, r.expires_on) - $2::date,
          'effectiveDeadline', coalesce(r.extended_until, r.expires_on), 'name', c.name)), '[]')
     FROM certification_record r JOIN certification c ON c.id = r.certification_id
    WHERE r.employee_id = e.id AND r.superseded_by_id IS NULL AND r.revoked_at IS NULL) AS certifications
FROM line JOIN employee e ON e.id = line.id
LEFT JOIN department d ON d.id = e.department_id LEFT JOIN job_role j ON j.id = e.job_role_id
WHERE line.depth > 0
ORDER BY lower(e.last_name || ' ' || e.first_name), e.id
LIMIT 200`;

/** Path assignments for every benchmark employee (40 role paths × 3 levels). */
async function addPaths(c: import('pg').Client): Promise<void> {
  await c.query(`INSERT INTO skill_path (job_role_id, name) SELECT id, name || ' path' FROM job_role WHERE name LIKE 'Role %'`);
  await c.query(`INSERT INTO path_level (path_id, level, rank, summary)
    SELECT p.id, l.level, l.rank, l.level || ' of ' || p.name FROM skill_path p
    CROSS JOIN (VALUES ('BASELINE', 1), ('PROFICIENT', 2), ('ADVANCED', 3)) AS l(level, rank)`);
  await c.query(`INSERT INTO path_assignment (employee_id, path_id, current_level, target_level, target_date)
    SELECT e.id, p.id, CASE WHEN e.employee_number LIKE '%1' THEN NULL ELSE 'BASELINE' END, 'PROFICIENT', DATE '2027-06-30'
      FROM employee e JOIN skill_path p ON p.job_role_id = e.job_role_id`);
}

export async function run(url: string, runs = Number(process.env.BENCH_RUNS ?? 40)): Promise<void> {
  const t0 = Date.now();
  const org = await generateOrg(url, FULL_SIZE, [addPaths]);
  process.stdout.write(`generated ${org.employees} employees, ${org.records} certification records in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

  const { app, pool, gql: call, requestOf, close } = await benchApp(url);
  const ds = app.get(DataSource);
  // One caller per subject and query: its token signs in on the first request and is remembered after that.
  const gql = (subject: string) => {
    const request = call(subject, TEAM_QUERY, { first: 200 });
    return async () => (await request()).myReportingLine;
  };
  const overview = (subject: string) => {
    const request = call(subject, OVERVIEW_QUERY, { first: 200 });
    return async () => (await request()).teamOverview;
  };
  try {
    const first = await gql(org.manager200.subject)();
    if (first.totalCount !== 200) throw new Error(`expected a 200-person line, got ${first.totalCount}`);
    const today = new Date().toISOString().slice(0, 10);
    const sql = await pool.query(HAND_SQL, [org.manager200.id, today]);
    if (sql.rowCount !== 200) throw new Error(`hand SQL returned ${sql.rowCount} rows`);

    if ((await overview(org.manager200.subject)()).totalCount !== 200) throw new Error('teamOverview disagrees');
    // Each GraphQL form is timed interleaved with the SQL it is compared to (the nested form's garbage would
    // otherwise land on the other measurements).
    const sqlRun = () => pool.query(HAND_SQL, [org.manager200.id, today]);
    const { overview: ovTimes, sql: sqlTimes } = await timeInterleaved(runs, 5, { overview: overview(org.manager200.subject), sql: sqlRun });
    const { nested: gqlTimes, sql: sqlTimesNested } = await timeInterleaved(runs, 5, { nested: gql(org.manager200.subject), sql: sqlRun });
    // Statements of a request in steady state: each caller's token is already remembered (signed in once).
    const steady = async (f: () => Promise<unknown>) => (await f(), countStatements(ds, f));
    const statements10 = await steady(gql(org.manager10.subject));
    const statements200 = await steady(gql(org.manager200.subject));
    const ov10 = await steady(overview(org.manager10.subject));
    const ov200 = await steady(overview(org.manager200.subject));

    // Throughput with 10 concurrent clients: the nested read over HTTP (autocannon), and the hand SQL over the pool.
    const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
    const load = await httpThroughput(requestOf(org.manager200.subject, TEAM_QUERY, { first: 200 }), 10, seconds);
    const sqlLoad = await sqlThroughput(pool, HAND_SQL, [org.manager200.id, today], 10, seconds);

    const p50 = pct(gqlTimes, 50);
    const p95 = pct(gqlTimes, 95);
    const s50 = pct(sqlTimes, 50);
    const s50n = pct(sqlTimesNested, 50);
    process.stdout.write(
      [
        `team query, manager with a 200-person reporting line (${runs} interleaved runs, NODE_ENV=${process.env.NODE_ENV ?? 'unset'}):`,
        `  hand-written SQL                     p50 ${ms(s50)}  p95 ${ms(pct(sqlTimes, 95))}  (one statement, same pool)`,
        `  teamOverview (GraphQL over HTTP)     p50 ${ms(pct(ovTimes, 50))}  p95 ${ms(pct(ovTimes, 95))}  ratio p50 ${(pct(ovTimes, 50) / s50).toFixed(2)}x (target: within 2x)`,
        `  nested myReportingLine + resolvers   p50 ${ms(p50)}  p95 ${ms(p95)}  ratio p50 ${(p50 / s50n).toFixed(2)}x (SQL p50 ${ms(s50n)} in that set)`,
        `  10 concurrent clients, ${seconds} s each: nested ${load.perSecond.toFixed(1)} req/s, hand SQL ${sqlLoad.perSecond.toFixed(1)} statements/s, ratio ${(load.perSecond / sqlLoad.perSecond).toFixed(2)}`,
        `  RSS under the 10-client nested load (service and load generator, one process): peak ${load.peakRssMb.toFixed(0)} MB (target < 500 MB)`,
        `  SQL statements per request, team of 10 vs 200: teamOverview ${ov10} vs ${ov200}; nested ${statements10} vs ${statements200} (equal: no N+1)`,
      ].join('\n') + '\n',
    );
  } finally {
    await close();
  }
}

runStandalone(module, run);
