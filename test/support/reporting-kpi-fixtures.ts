import { DataSource } from 'typeorm';
import { makeEmployee, MadeEmployee, uniqueName } from './factories';

export interface KpiScenario {
  departmentId: string;
  manager: MadeEmployee;
  people: MadeEmployee[];
}

/**
 * A department of three under one manager, with known outcomes as of 2030-03-01:
 * assignments reached in 10 and 40 days and one stalled before PROFICIENT; one renewal on time and
 * one record expired unrenewed; 5 of 10 practice hours used; 1 of 2 due playbook steps on time.
 */
export async function makeKpiScenario(ds: DataSource): Promise<KpiScenario> {
  const [dept] = await ds.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Dept')]);
  const [role] = await ds.query(`INSERT INTO job_role (name) VALUES ($1) RETURNING id`, [uniqueName('Role')]);
  const manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
  const people: MadeEmployee[] = [];
  for (let i = 0; i < 3; i++) people.push(await makeEmployee(ds, { managerId: manager.id, departmentId: dept.id, jobRoleId: role.id }));
  const [p1, p2, p3] = people.map((p) => p.id);

  const [path] = await ds.query(`INSERT INTO skill_path (job_role_id, name) VALUES ($1, $2) RETURNING id`, [role.id, uniqueName('Path')]);
  await ds.query(
    `INSERT INTO path_assignment (employee_id, path_id, current_level, target_level, created_at) VALUES
       ($1, $4, 'PROFICIENT', 'PROFICIENT', '2030-01-01T12:00:00Z'), ($2, $4, 'PROFICIENT', 'PROFICIENT', '2030-01-01T12:00:00Z'),
       ($3, $4, 'BASELINE', 'ADVANCED', '2030-01-01T12:00:00Z')`,
    [p1, p2, p3, path.id],
  );
  await ds.query(
    `INSERT INTO level_achievement (employee_id, path_id, level, reached_on) VALUES ($1, $3, 'PROFICIENT', '2030-01-11'), ($2, $3, 'PROFICIENT', '2030-02-10'), ($4, $3, 'BASELINE', '2030-01-20')`,
    [p1, p2, path.id, p3],
  );

  const [cert] = await ds.query(`INSERT INTO certification (name, issuer, cost_amount, cost_currency) VALUES ($1, 'Issuer', 300, 'EUR') RETURNING id`, [uniqueName('Cert')]);
  const [renewal] = await ds.query(
    `INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on) VALUES ($1, $2, '2029-12-15', '2031-01-01') RETURNING id`,
    [p1, cert.id],
  );
  await ds.query(
    `INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on, superseded_by_id) VALUES ($1, $2, '2029-01-01', '2030-01-01', $3)`,
    [p1, cert.id, renewal.id],
  );
  await ds.query(
    `INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on, grace_ends_on) VALUES ($1, $2, '2028-01-01', '2029-01-01', '2029-01-31')`,
    [p2, cert.id],
  );

  const [budget] = await ds.query(
    `INSERT INTO practice_budget (employee_id, proposed_by_id, program, hours, period_start, period_end, status) VALUES ($1, $2, 'Practice', 10, '2030-01-01', '2030-03-31', 'APPROVED') RETURNING id`,
    [p1, manager.id],
  );
  await ds.query(`INSERT INTO practice_session (budget_id, employee_id, practiced_on, minutes) VALUES ($1, $2, '2030-01-20', 120), ($1, $2, '2030-02-05', 180)`, [budget.id, p1]);

  const [template] = await ds.query(`INSERT INTO playbook_template (name) VALUES ($1) RETURNING id`, [uniqueName('Playbook')]);
  const [run] = await ds.query(
    `INSERT INTO playbook_run (template_id, employee_id, manager_id, started_by_id, training_name, training_date) VALUES ($1, $2, $3, $3, 'Training', '2030-02-01') RETURNING id`,
    [template.id, p1, manager.id],
  );
  await ds.query(
    `INSERT INTO playbook_run_step (run_id, position, kind, title, due_on, completed_on) VALUES
       ($1, 1, 'BEFORE', 'Set expectations', '2030-02-01', '2030-01-30'), ($1, 2, 'AFTER', 'Observe', '2030-02-10', '2030-02-15'),
       ($1, 3, 'AFTER', 'Feedback', '2030-04-01', NULL)`,
    [run.id],
  );
  return { departmentId: dept.id, manager, people };
}

/** Minimal RFC 4180 parser for the tests (quoted cells, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
