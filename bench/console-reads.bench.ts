import { recordStatusSql } from '@app/certifications';
import { benchApp, runStandalone } from './support/gql-client';
import { generateOrg, FULL_SIZE } from './generate-org';
import { ms, pct, timeInterleaved } from './support/timing';

const LINE = `WITH RECURSIVE line AS (
  SELECT id, 0 AS depth FROM employee WHERE id = $1
  UNION ALL SELECT e.id, line.depth + 1 FROM employee e JOIN line ON e.manager_id = line.id WHERE line.depth < 64)`;

/** The console's other reads, each with the same data read by hand in one statement. */
const READS = {
  'my certifications with their certification': {
    query: `{ myCertifications { status daysLeft effectiveDeadline record { id earnedOn expiresOn } certification { name issuer } } }`,
    sql: `SELECT r.id, r.earned_on, r.expires_on, ${recordStatusSql('r', '$2')} AS status, coalesce(r.extended_until, r.expires_on) - $2::date AS days_left,
            coalesce(r.extended_until, r.expires_on) AS deadline, c.name, c.issuer
            FROM certification_record r JOIN certification c ON c.id = r.certification_id
           WHERE r.employee_id = $1 AND r.superseded_by_id IS NULL ORDER BY deadline NULLS LAST, r.id`,
    as: 'member',
  },
  'renewals due in my line': {
    query: `{ renewalsDue(withinDays: 120, first: 200) { totalCount nodes { id status daysLeft effectiveDeadline certification { name } employee { displayName } } } }`,
    sql: `${LINE} SELECT r.id, ${recordStatusSql('r', '$2')} AS status, coalesce(r.extended_until, r.expires_on) - $2::date AS days_left,
            coalesce(r.extended_until, r.expires_on) AS deadline, c.name, e.first_name || ' ' || e.last_name AS display_name, count(*) OVER () AS total
            FROM line JOIN certification_record r ON r.employee_id = line.id JOIN certification c ON c.id = r.certification_id JOIN employee e ON e.id = r.employee_id
           WHERE line.depth > 0 AND r.superseded_by_id IS NULL AND r.revoked_at IS NULL AND coalesce(r.extended_until, r.expires_on) <= $2::date + 120
           ORDER BY deadline, r.id LIMIT 200`,
    as: 'manager',
  },
  'playbook runs with their steps': {
    query: `{ playbookRuns { id trainingName trainingDate status steps { id position title dueOn done } } }`,
    sql: `${LINE} SELECT r.id, r.training_name, r.training_date, r.status, (SELECT json_agg(json_build_object('id', s.id, 'position', s.position, 'title', s.title,
            'dueOn', s.due_on, 'done', s.completed_at IS NOT NULL) ORDER BY s.position) FROM playbook_run_step s WHERE s.run_id = r.id) AS steps
            FROM line JOIN playbook_run r ON r.employee_id = line.id WHERE line.depth > 0 AND $2::date IS NOT NULL ORDER BY r.training_date DESC, r.id`,
    as: 'manager',
  },
  'a page of the audit log': {
    query: `{ auditLog(first: 100) { id at action entityType entityId outcome actorId actorKind before after } }`,
    sql: `SELECT id, at, action, entity_type, entity_id, outcome, actor_id, before, after FROM audit_entry WHERE $1::uuid IS NOT NULL AND $2::date IS NOT NULL ORDER BY id DESC LIMIT 100`,
    as: 'hr',
  },
  'a skill path with levels, behaviours, resources, required certifications': {
    query: `query($path: ID!, $role: ID!) { skillPath(id: $path) { name levels { level summary behaviours { activity expectedOutput } resources { title url kind } } }
      certificationRequirements(jobRoleId: $role) { level required certification { name } } }`,
    sql: `SELECT p.name, (SELECT json_agg(json_build_object('level', l.level, 'summary', l.summary,
              'behaviours', (SELECT json_agg(json_build_object('activity', b.activity, 'expectedOutput', b.expected_output) ORDER BY b.position) FROM path_behaviour b WHERE b.level_id = l.id),
              'resources', (SELECT json_agg(json_build_object('title', x.title, 'url', x.url, 'kind', x.kind) ORDER BY x.position) FROM learning_resource x WHERE x.level_id = l.id)) ORDER BY l.rank)
              FROM path_level l WHERE l.path_id = p.id) AS levels,
            (SELECT json_agg(json_build_object('level', q.level, 'required', q.required, 'name', c.name)) FROM certification_requirement q JOIN certification c ON c.id = q.certification_id
              WHERE q.job_role_id = p.job_role_id) AS requirements
            FROM skill_path p WHERE p.id = (SELECT id FROM skill_path ORDER BY name LIMIT 1) AND $1::uuid IS NOT NULL AND $2::date IS NOT NULL`,
    as: 'manager',
  },
} as const;

/** Skill paths with content, playbook runs for the 200-person line, an audit log. */
async function addConsoleData(c: import('pg').Client): Promise<void> {
  await c.query(`INSERT INTO skill_path (job_role_id, name) SELECT id, name || ' path' FROM job_role WHERE name LIKE 'Role %'`);
  await c.query(`INSERT INTO path_level (path_id, level, rank, summary) SELECT p.id, l.level, l.rank, l.level || ' of ' || p.name FROM skill_path p
    CROSS JOIN (VALUES ('BASELINE', 1), ('PROFICIENT', 2), ('ADVANCED', 3)) AS l(level, rank)`);
  await c.query(`INSERT INTO path_behaviour (level_id, position, activity, expected_output) SELECT l.id, g, 'Activity ' || g, 'Output ' || g FROM path_level l CROSS JOIN generate_series(1, 6) g`);
  await c.query(`INSERT INTO learning_resource (level_id, position, title, url, kind, start_here) SELECT l.id, g, 'Resource ' || g, 'https://example.test/' || g, 'ARTICLE', g = 1
    FROM path_level l CROSS JOIN generate_series(1, 4) g`);
  await c.query(`INSERT INTO certification_requirement (job_role_id, level, certification_id) SELECT j.id, l.level, c.id FROM job_role j
    CROSS JOIN (VALUES ('BASELINE'), ('PROFICIENT'), ('ADVANCED')) AS l(level) CROSS JOIN LATERAL (SELECT id FROM certification ORDER BY name LIMIT 3) c`);
  await c.query(`INSERT INTO audit_entry (actor_kind, actor_id, action, entity_type, entity_id, outcome, after)
    SELECT 'EMPLOYEE', (SELECT id FROM employee ORDER BY id LIMIT 1), 'update', 'Employee', g::text, 'ALLOWED', jsonb_build_object('n', g) FROM generate_series(1, 5000) g`);
}

/** Playbook runs with 6 steps for everyone in the manager's line (started by the manager). */
async function addRuns(pool: import('pg').Pool, managerId: string): Promise<void> {
  const [{ id: templateId }] = (await pool.query(`INSERT INTO playbook_template (name) VALUES ('Bench playbook') RETURNING id`)).rows;
  await pool.query(`${LINE} INSERT INTO playbook_run (template_id, employee_id, manager_id, started_by_id, training_name, training_date)
    SELECT $2, line.id, $1, $1, 'Training', DATE '2026-06-01' FROM line WHERE line.depth > 0`, [managerId, templateId]);
  await pool.query(`INSERT INTO playbook_run_step (run_id, position, kind, title, due_on) SELECT r.id, g, 'AFTER', 'Step ' || g, DATE '2026-06-01' + g * 7
    FROM playbook_run r CROSS JOIN generate_series(1, 6) g`);
}

export async function run(url: string, runs = Number(process.env.BENCH_RUNS ?? 30)): Promise<void> {
  const org = await generateOrg(url, FULL_SIZE, [addConsoleData]);
  const { pool, gql, close } = await benchApp(url);
  try {
    await addRuns(pool, org.manager200.id);
    const member = (await pool.query(`SELECT id, auth_subject FROM employee WHERE manager_id = $1 ORDER BY id LIMIT 1`, [org.manager10.id])).rows[0];
    await pool.query(`UPDATE employee SET roles = roles || '{HR_ADMIN}' WHERE id = $1`, [org.manager10.id]);
    const path = (await pool.query(`SELECT id, job_role_id FROM skill_path ORDER BY name LIMIT 1`)).rows[0];
    const today = new Date().toISOString().slice(0, 10);
    const callers = { member: { subject: member.auth_subject, id: member.id }, manager: org.manager200, hr: org.manager10 };
    const lines = [`console reads (${runs} interleaved runs each, NODE_ENV=${process.env.NODE_ENV ?? 'unset'}), p50 GraphQL over HTTP vs one hand-written statement:`];
    for (const [name, read] of Object.entries(READS)) {
      const caller = callers[read.as];
      const request = gql(caller.subject, read.query, { path: path.id, role: path.job_role_id });
      await request(); // signs in, and fails loudly on any GraphQL error
      const sql = () => pool.query(read.sql, [caller.id, today]);
      const t = await timeInterleaved(runs, 5, { gql: request, sql });
      const [g, s] = [pct(t.gql, 50), pct(t.sql, 50)];
      lines.push(`  ${name.padEnd(72)} ${ms(g)} vs ${ms(s)}  ratio ${(g / s).toFixed(2)}x`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await close();
  }
}

runStandalone(module, run);
