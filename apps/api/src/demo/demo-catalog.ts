import { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { computeCycle, RenewalPolicy } from '@app/certifications';
import { pathLevelLabel } from '@app/shared';
import { DEMO_MANAGER_KEY, demoPeople } from './demo-people';

type Level = 'BASELINE' | 'PROFICIENT' | 'ADVANCED';
const LEVELS: Level[] = ['BASELINE', 'PROFICIENT', 'ADVANCED'];

/** What each level means, in a sentence a manager and an employee both read on the from–to snapshot. */
const LEVEL_SUMMARY: Record<Level, (role: string) => string> = {
  BASELINE: (role) => `Handles the everyday work of a ${role}, with the runbook and a colleague to ask.`,
  PROFICIENT: (role) => `Works as a ${role} without help and improves how the team works.`,
  ADVANCED: (role) => `Coaches other ${role}s and changes how the work is done.`,
};

/** Where the i-th person of a role starts on its path and what they aim for (a quarter not yet baseline). */
export const demoAssignmentLevels = (i: number): { current: Level | null; target: Level } => ({ current: i % 4 === 0 ? null : LEVELS[i % 2], target: LEVELS[Math.min(2, (i % 2) + 1)] });

/** Three-level paths for the demo's main roles: what a manager can observe at each level. */
const PATHS: Record<string, Record<Level, Array<[string, string]>>> = {
  'Support Agent': {
    BASELINE: [['Resolves password resets and access requests with the runbook', 'Ticket closed first time, runbook step cited'], ['Logs every contact in the ticketing tool', 'Complete ticket history a colleague can pick up']],
    PROFICIENT: [['Diagnoses recurring incidents and links them to a problem record', 'Problem record with evidence from three or more tickets'], ['Writes or updates a knowledge article after a new fix', 'Published article others reuse']],
    ADVANCED: [['Coaches new agents through difficult calls', 'Shadowing notes and a follow-up plan'], ['Proposes a process change that removes a ticket category', 'Change request with before/after volumes']],
  },
  'Software Engineer': {
    BASELINE: [['Ships small changes with tests through review', 'Merged pull requests with passing CI'], ['Reproduces a reported bug locally', 'Failing test that captures the bug']],
    PROFICIENT: [['Designs a feature across services and writes the design note', 'Reviewed design document'], ['Runs an incident as first responder', 'Incident timeline and follow-up actions']],
    ADVANCED: [['Sets technical direction for a team area', 'Roadmap agreed with the product owner'], ['Mentors engineers through their first design', 'Mentee design merged']],
  },
  'IT Technician': {
    BASELINE: [['Images and deploys laptops to the standard build', 'Device passes the compliance checklist'], ['Handles hardware swaps on site', 'Asset register updated the same day']],
    PROFICIENT: [['Automates a repeated setup task', 'Script in the shared repository, time saved recorded'], ['Applies security baselines to endpoints', 'Compliance report at 95% or more']],
    ADVANCED: [['Plans a site-wide rollout', 'Rollout plan with rollback steps'], ['Leads vendor escalations', 'Escalation closed with root cause']],
  },
};

interface DemoCert { name: string; issuer: string; policy: RenewalPolicy; hours: number; cost: number; payoff: string; requiredFor?: string }
const CERTS: DemoCert[] = [
  { name: 'ITIL 4 Foundation', issuer: 'PeopleCert', hours: 16, cost: 450, payoff: 'Support pay step', requiredFor: 'Support Agent',
    policy: { validity: { amount: 3, unit: 'YEARS' }, renewalWindow: { amount: 90, unit: 'DAYS' }, gracePeriodDays: 30, expiryBase: 'FROM_EXPIRY' } },
  { name: 'CompTIA Security+', issuer: 'CompTIA', hours: 40, cost: 400, payoff: 'Security on-call rota', requiredFor: 'IT Technician',
    policy: { validity: { amount: 3, unit: 'YEARS' }, renewalWindow: { amount: 6, unit: 'MONTHS' }, gracePeriodDays: 0, expiryBase: 'FROM_EXPIRY' } },
  { name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services', hours: 60, cost: 150, payoff: 'Cloud pay step',
    policy: { validity: { amount: 3, unit: 'YEARS' }, renewalWindow: { amount: 6, unit: 'MONTHS' }, gracePeriodDays: 0, expiryBase: 'FROM_EXPIRY' } },
  { name: 'First Aid at Work', issuer: 'St John Ambulance', hours: 18, cost: 200, payoff: 'Site first-aider allowance',
    policy: { validity: { amount: 1, unit: 'YEARS' }, renewalWindow: { amount: 30, unit: 'DAYS' }, gracePeriodDays: 14, expiryBase: 'FROM_COMPLETION' } },
];

/**
 * The demo manager's team holds ITIL 4 Foundation (3 years, renewal window 90 days, grace 30) earned so that her
 * team overview and renewals show each case: the 2nd due for renewal, the 3rd in grace, the 4th expired.
 */
const DEMO_TEAM_EARNED_DAYS_AGO = new Map(
  demoPeople().filter((p) => p.managerKey === DEMO_MANAGER_KEY).slice(1, 4).map((p, i) => [p.key, [1080, 1110, 1300][i]] as const),
);

/** Paths with behaviours and resources, assignments, certifications and records due, in grace and expired. */
export async function loadDemoCatalog(m: EntityManager, ids: Map<string, string>, today: DateTime = DateTime.utc()): Promise<void> {
  const people = demoPeople();
  for (const [role, levels] of Object.entries(PATHS)) {
    const [path] = await m.query(`INSERT INTO skill_path (job_role_id, name, description) SELECT id, $1 || ' path', $2 FROM job_role WHERE name = $1 RETURNING id`, [role, `What a ${role} does at each level`]);
    for (const [rank, level] of LEVELS.entries()) {
      const [lvl] = await m.query(`INSERT INTO path_level (path_id, level, rank, summary) VALUES ($1, $2, $3, $4) RETURNING id`, [path.id, level, rank + 1, LEVEL_SUMMARY[level](role)]);
      await m.query(
        `INSERT INTO path_behaviour (level_id, position, activity, expected_output) SELECT $1, b.ord, b.activity, b.output FROM jsonb_to_recordset($2::jsonb) AS b(ord int, activity text, output text)`,
        [lvl.id, JSON.stringify(levels[level].map(([activity, output], i) => ({ ord: i + 1, activity, output })))],
      );
      await m.query(`INSERT INTO learning_resource (level_id, position, title, url, kind, estimated_minutes, start_here) VALUES ($1, 1, $2, $3, 'COURSE', 90, true)`,
        [lvl.id, `Start here: ${pathLevelLabel(level)} ${role}`, `https://learning.example.com/${encodeURIComponent(role)}/${level.toLowerCase()}`]);
    }
    // The demo manager's own team is put on its path through the service (demo-workflow.ts), as a manager would.
    const members = people.filter((p) => p.role === role).map((p, i) => ({ key: p.key, managerKey: p.managerKey, id: ids.get(p.key), ...demoAssignmentLevels(i) }))
      .filter((p) => p.managerKey !== DEMO_MANAGER_KEY);
    await m.query(
      `INSERT INTO path_assignment (employee_id, path_id, current_level, target_level, target_date)
       SELECT a.id, $1, a.current, a.target, $3::date FROM jsonb_to_recordset($2::jsonb) AS a(id uuid, current text, target text)`,
      [path.id, JSON.stringify(members), today.plus({ months: 6 }).toISODate()],
    );
  }
  let n = 0;
  for (const c of CERTS) {
    const [cert] = await m.query(
      `INSERT INTO certification (name, issuer, validity_amount, validity_unit, renewal_window_amount, renewal_window_unit, grace_period_days, expiry_base, estimated_hours, cost_amount, cost_currency, payoff, renewal_requirements)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'EUR', $11, 'Pass the current exam or earn continuing-education credits') RETURNING id`,
      [c.name, c.issuer, c.policy.validity?.amount, c.policy.validity?.unit, c.policy.renewalWindow?.amount, c.policy.renewalWindow?.unit, c.policy.gracePeriodDays, c.policy.expiryBase, c.hours, c.cost, c.payoff],
    );
    if (c.requiredFor) await m.query(`INSERT INTO certification_requirement (job_role_id, level, certification_id, required) SELECT id, 'BASELINE', $2, true FROM job_role WHERE name = $1`, [c.requiredFor, cert.id]);
    const holders = people.filter((p) => (c.requiredFor ? p.role === c.requiredFor : p.department === 'Engineering' || p.department === 'IT Operations'));
    const rows = holders.filter((_, i) => i % 5 !== 4).map((p) => {
      // spread earned dates so some are active, some due, some in grace and some expired today
      const spread = 200 + ((n++ * 97) % 1100);
      const earned = today.minus({ days: (c.requiredFor === 'Support Agent' ? DEMO_TEAM_EARNED_DAYS_AGO.get(p.key) : undefined) ?? spread }).toISODate() as string;
      const cycle = computeCycle(c.policy, earned);
      return { employee_id: ids.get(p.key), earned_on: earned, ...cycle, credential_id: `${c.name.slice(0, 4).toUpperCase()}-${1000 + n}` };
    });
    await m.query(
      `INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on, window_opens_on, grace_ends_on, credential_id)
       SELECT r.employee_id, $1, r.earned_on, r."expiresOn", r."windowOpensOn", r."graceEndsOn", r.credential_id
         FROM jsonb_to_recordset($2::jsonb) AS r(employee_id uuid, earned_on date, "expiresOn" date, "windowOpensOn" date, "graceEndsOn" date, credential_id text)`,
      [cert.id, JSON.stringify(rows)],
    );
  }
}
