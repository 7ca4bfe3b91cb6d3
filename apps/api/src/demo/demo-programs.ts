import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';

/** The demo metric: support agents resolve more tickets once they hold ITIL 4 Foundation. */
export const DEMO_METRIC_KEY = 'tickets_resolved_per_week';
export const DEMO_IMPACT_CERTIFICATION = 'ITIL 4 Foundation';
const METRIC_MONTHS = 48;
const ITIL_EFFECT = 4;

/** Deterministic noise (an LCG), so the demo reads the same on every machine. */
function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

/**
 * Incentive rules with awards (approved and awaiting approval) and recognition; a SCIM connector with a
 * sync run; a CSV import with one bad line; a performance metric over four years of months in which ITIL
 * holders improve, enough for the impact view to show a significant effect.
 */
export async function loadDemoPrograms(m: EntityManager, ids: Map<string, string>, today: DateTime = DateTime.utc()): Promise<void> {
  const hr = ids.get('hana.hughes') as string;
  await loadIncentives(m, hr, today);
  await loadConnectors(m, today);
  await loadMetrics(m, today);
}

async function loadIncentives(m: EntityManager, hr: string, today: DateTime): Promise<void> {
  const rules: Array<[string, string, string, number | null, string | null, string | null, string]> = [
    ['Cloud pay step', 'PAY_STEP', 'AWS Certified Solutions Architect – Associate', 150, 'RECURRING', null, 'SUSPEND'],
    ['ITIL bonus', 'BONUS', 'ITIL 4 Foundation', 300, 'ONE_OFF', null, 'KEEP'],
    ['Security community of practice', 'ELIGIBILITY', 'CompTIA Security+', null, null, 'Security community of practice', 'KEEP'],
  ];
  await m.query(
    `INSERT INTO incentive_rule (name, kind, certification_id, base_amount, value_weight, demand_weight, amount, currency, amount_recurrence, opportunity, on_lapse)
     SELECT r.name, r.kind, c.id, r.base, 1, 1.2, round(r.base * 1.2, 2), CASE WHEN r.base IS NULL THEN NULL ELSE 'EUR' END, r.recurrence, r.opportunity, r.on_lapse
       FROM jsonb_to_recordset($1::jsonb) AS r(name text, kind text, cert text, base numeric, recurrence text, opportunity text, on_lapse text)
       JOIN certification c ON c.name = r.cert`,
    [JSON.stringify(rules.map(([name, kind, cert, base, recurrence, opportunity, onLapse]) => ({ name, kind, cert, base, recurrence, opportunity, on_lapse: onLapse })))],
  );
  // Each holder's first record meets the rule; the older two thirds are approved, the rest await HR.
  await m.query(
    `INSERT INTO incentive_award (rule_id, employee_id, source_kind, source_id, kind, amount, currency, met_on, status, decided_by_id, decided_at)
     SELECT f.rule_id, f.employee_id, 'CERTIFICATION_RECORD', f.record_id, f.kind, f.amount, f.currency, f.earned_on,
            CASE WHEN f.n % 3 = 0 THEN 'PENDING' ELSE 'APPROVED' END, CASE WHEN f.n % 3 = 0 THEN NULL ELSE $1::uuid END,
            CASE WHEN f.n % 3 = 0 THEN NULL ELSE f.earned_on + interval '7 days' END
       FROM (SELECT r.id AS rule_id, r.kind, r.amount, r.currency, c.employee_id, c.id AS record_id, c.earned_on,
                    row_number() OVER (PARTITION BY r.id ORDER BY c.earned_on, c.id) AS n
               FROM incentive_rule r JOIN certification_record c ON c.certification_id = r.certification_id
              WHERE c.grace_ends_on IS NULL OR c.grace_ends_on >= $2::date) f`,
    [hr, today.toISODate()],
  );
  await m.query(
    `INSERT INTO recognition_event (employee_id, given_by_id, kind, occurred_on, note, certification_id)
     SELECT a.employee_id, $1, 'SHOUT_OUT', $2::date - 4 * extract(day FROM a.met_on)::int, 'Applied what they learned on a live customer escalation', r.certification_id
       FROM incentive_award a JOIN incentive_rule r ON r.id = a.rule_id WHERE a.status = 'APPROVED' AND r.kind = 'BONUS'`,
    [hr, today.toISODate()],
  );
}

async function loadConnectors(m: EntityManager, today: DateTime): Promise<void> {
  // The token is never shown (HR issues a new one to connect a real identity provider); only its hash is kept.
  const tokenHash = createHash('sha256').update(`spc_${randomBytes(32).toString('base64url')}`).digest('hex');
  const at = (daysAgo: number, minutes = 0) => today.minus({ days: daysAgo }).plus({ minutes }).toJSDate();
  const [scim] = await m.query(`INSERT INTO connector (kind, name, settings, push_token_hash) VALUES ('SCIM', 'Entra ID (SCIM)', '{}', $1) RETURNING id`, [tokenHash]);
  await m.query(
    `INSERT INTO sync_run (connector_id, started_at, finished_at, heartbeat_at, status, mode, created, updated, unchanged)
     VALUES ($1, $2, $3, $3, 'SUCCEEDED', 'FULL', 4, 6, 48)`,
    [scim.id, at(2), at(2, 3)],
  );
  const [csv] = await m.query(`INSERT INTO connector (kind, name, settings) VALUES ('CSV', 'HR spreadsheet (CSV)', '{}') RETURNING id`);
  const [run] = await m.query(
    `INSERT INTO sync_run (connector_id, started_at, finished_at, heartbeat_at, status, mode, created, updated, unchanged, failed)
     VALUES ($1, $2, $3, $3, 'SUCCEEDED', 'UPLOAD', 2, 3, 52, 1) RETURNING id`,
    [csv.id, at(5), at(5, 1)],
  );
  await m.query(
    `INSERT INTO sync_error (connector_id, run_id, external_id, line, field, message, payload)
     VALUES ($1, $2, 'E-1047', 5, 'email', 'email must be an email address', '{"externalId":"E-1047","email":"jo.kim@","firstName":"Jo","lastName":"Kim"}')`,
    [csv.id, run.id],
  );
}

async function loadMetrics(m: EntityManager, today: DateTime): Promise<void> {
  const [metric] = await m.query(
    `INSERT INTO metric_definition (key, name, unit, higher_is_better) VALUES ($1, 'Tickets resolved per week', 'tickets', true) RETURNING id`,
    [DEMO_METRIC_KEY],
  );
  const agents: Array<{ id: string; earned_on: string | null }> = await m.query(
    `SELECT e.id, min(c.earned_on)::text AS earned_on
       FROM employee e JOIN job_role j ON j.id = e.job_role_id
       LEFT JOIN certification_record c ON c.employee_id = e.id AND c.certification_id = (SELECT id FROM certification WHERE name = $1)
      WHERE j.name = 'Support Agent' GROUP BY e.id ORDER BY e.id`,
    [DEMO_IMPACT_CERTIFICATION],
  );
  const first = today.startOf('month').minus({ months: METRIC_MONTHS });
  const rows: Array<{ e: string; m: string; v: number }> = [];
  agents.forEach((a, i) => {
    const rand = noise(1000 + i);
    const level = 38 + i * 0.7;
    const earnedMonth = a.earned_on ? a.earned_on.slice(0, 7) : null;
    for (let k = 0; k < METRIC_MONTHS; k++) {
      const month = first.plus({ months: k });
      const after = earnedMonth !== null && (month.toISODate() as string).slice(0, 7) > earnedMonth;
      rows.push({ e: a.id, m: month.toISODate() as string, v: Math.round((level + rand() * 4 + (after ? ITIL_EFFECT : 0)) * 10) / 10 });
    }
  });
  await m.query(
    `INSERT INTO metric_observation (employee_id, metric_id, period, period_start, value)
     SELECT r.e, $2, 'MONTH', r.m, r.v FROM jsonb_to_recordset($1::jsonb) AS r(e uuid, m date, v float8)`,
    [JSON.stringify(rows), metric.id],
  );
}
