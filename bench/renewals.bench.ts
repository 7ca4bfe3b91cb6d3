import { recordStatusSql } from '@app/certifications';
import { generateOrg, FULL_SIZE } from './generate-org';
import { benchApp, runStandalone } from './support/gql-client';
import { ms, pct, timeInterleaved } from './support/timing';

const QUERY = `query Due($within: Int!) { renewalsDue(withinDays: $within, scope: ORGANIZATION, first: 200) {
  totalCount nodes { id status daysLeft effectiveDeadline certification { name } employee { displayName } } } }`;

/** The same page by hand: statuses over every current record, filter, count and first 200 in one statement. */
const HAND_SQL = `
SELECT r.id, ${recordStatusSql('r', '$1')} AS status, coalesce(r.extended_until, r.expires_on) - $1::date AS days_left,
       coalesce(r.extended_until, r.expires_on) AS deadline, c.name, e.first_name || ' ' || e.last_name AS display_name,
       count(*) OVER () AS total
  FROM certification_record r
  JOIN certification c ON c.id = r.certification_id
  JOIN employee e ON e.id = r.employee_id AND e.status <> 'TERMINATED'
 WHERE r.superseded_by_id IS NULL AND r.revoked_at IS NULL
   AND ${recordStatusSql('r', '$1')} <> 'EXPIRED'
   AND (${recordStatusSql('r', '$1')} IN ('RENEWAL_DUE', 'IN_GRACE') OR coalesce(r.extended_until, r.expires_on) <= $1::date + $2::int)
 ORDER BY coalesce(r.extended_until, r.expires_on), r.id
 LIMIT 200`;

/** Statuses and due renewals over 100k certification records: GraphQL vs one hand-written statement. */
export async function run(url: string, runs = Number(process.env.BENCH_RUNS ?? 30)): Promise<void> {
  const t0 = Date.now();
  const org = await generateOrg(url, FULL_SIZE);
  process.stdout.write(`generated ${org.employees} employees, ${org.records} certification records in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const { pool, gql, close } = await benchApp(url);
  try {
    const [hr] = (await pool.query(`UPDATE employee SET roles = '{HR_ADMIN,EMPLOYEE}' WHERE employee_number = 'B2' RETURNING auth_subject AS subject`)).rows;
    const within = 30;
    const today = new Date().toISOString().slice(0, 10);
    const viaGql = gql(hr.subject, QUERY, { within });
    const first = (await viaGql()).renewalsDue;
    const hand = await pool.query(HAND_SQL, [today, within]);
    if (Number(hand.rows[0]?.total ?? 0) !== first.totalCount || hand.rows[0]?.id !== first.nodes[0]?.id) {
      throw new Error(`GraphQL and SQL disagree: ${first.totalCount} vs ${hand.rows[0]?.total}`);
    }
    const { gql: g, sql: s } = await timeInterleaved(runs, 3, { gql: viaGql, sql: () => pool.query(HAND_SQL, [today, within]) });
    process.stdout.write(
      [
        `renewals due within ${within} days over ${org.records} records (${first.totalCount} due; first page of 200; ${runs} runs):`,
        `  GraphQL over HTTP   p50 ${ms(pct(g, 50))}  p95 ${ms(pct(g, 95))}`,
        `  hand-written SQL    p50 ${ms(pct(s, 50))}  p95 ${ms(pct(s, 95))}`,
        `  ratio GraphQL / SQL p50 ${(pct(g, 50) / pct(s, 50)).toFixed(2)}x  (target: within 2x)`,
      ].join('\n') + '\n',
    );
  } finally {
    await close();
  }
}

runStandalone(module, run);
