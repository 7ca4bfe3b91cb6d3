import { Client } from 'pg';

export interface GeneratedOrg {
  /** A manager whose reporting line is exactly 200 people (10 leads × 19 reports + the 10 leads). */
  manager200: { id: string; subject: string };
  /** A manager with exactly 10 direct reports and no one below them. */
  manager10: { id: string; subject: string };
  employees: number;
  records: number;
}

export interface OrgSize {
  employees: number;   // 20,000
  roles: number;       // 40
  certifications: number; // 100
  records: number;     // 100,000
  branching: number;   // 7 → a 6-deep hierarchy for 20k people
}

export const FULL_SIZE: OrgSize = { employees: 20_000, roles: 40, certifications: 100, records: 100_000, branching: 7 };

/**
 * Generates the benchmark organization with set-based SQL (generate_series), in seconds:
 * a heap-shaped hierarchy (parent of i = (i-2)/branching + 1) plus two measured teams.
 * `extra` steps (paths, levels, assignments) are added by the libs that own those tables.
 */
export async function generateOrg(url: string, size: OrgSize = FULL_SIZE, extra: Array<(c: Client) => Promise<void>> = []): Promise<GeneratedOrg> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query(`INSERT INTO department (name) SELECT 'Dept ' || g FROM generate_series(1, 12) g`);
    await c.query(`INSERT INTO job_role (name) SELECT 'Role ' || g FROM generate_series(1, $1::int) g`, [size.roles]);
    await c.query(
      `INSERT INTO employee (employee_number, first_name, last_name, email, auth_subject, roles, department_id, job_role_id, status, hire_date, version)
       SELECT 'B' || g, 'First' || g, 'Last' || g, 'b' || g || '@bench.test', 'bench|' || g,
              CASE WHEN g <= ($1::int / $2::int) THEN '{MANAGER,EMPLOYEE}'::text[] ELSE '{EMPLOYEE}'::text[] END,
              (SELECT id FROM department ORDER BY name OFFSET (g % 12) LIMIT 1),
              (SELECT id FROM job_role ORDER BY name OFFSET (g % $3::int) LIMIT 1),
              'ACTIVE', DATE '2015-01-01' + (g % 3000), 1
         FROM generate_series(1, $1::int) g`,
      [size.employees - 212, size.branching, size.roles],
    );
    await c.query(
      `UPDATE employee e SET manager_id = p.id
         FROM employee p
        WHERE e.employee_number LIKE 'B%' AND p.employee_number = 'B' || (((substr(e.employee_number, 2)::int - 2) / $1::int) + 1)
          AND substr(e.employee_number, 2)::int > 1`,
      [size.branching],
    );
    // Two measured teams under the root: 200-person line and a 10-person team.
    await c.query(
      `INSERT INTO employee (employee_number, first_name, last_name, email, auth_subject, roles, job_role_id, status, version, manager_id)
       SELECT 'T' || g, 'Team' || g, 'Member' || g, 't' || g || '@bench.test', 'bench|t' || g,
              CASE WHEN g IN (0, 201) OR g BETWEEN 1 AND 10 THEN '{MANAGER,EMPLOYEE}'::text[] ELSE '{EMPLOYEE}'::text[] END,
              (SELECT id FROM job_role ORDER BY name OFFSET (g % $1::int) LIMIT 1), 'ACTIVE', 1,
              (SELECT id FROM employee WHERE employee_number = 'B1')
         FROM generate_series(0, 211) g`,
      [size.roles],
    );
    await c.query(
      `UPDATE employee e SET manager_id = m.id FROM employee m
        WHERE e.employee_number LIKE 'T%' AND m.employee_number = CASE
          WHEN substr(e.employee_number, 2)::int BETWEEN 1 AND 10 THEN 'T0'
          WHEN substr(e.employee_number, 2)::int BETWEEN 11 AND 200 THEN 'T' || (1 + (substr(e.employee_number, 2)::int - 11) / 19)
          WHEN substr(e.employee_number, 2)::int BETWEEN 202 AND 211 THEN 'T201'
          ELSE 'B1' END`,
    );
    await c.query(
      `INSERT INTO certification (name, issuer, validity_amount, validity_unit, renewal_window_amount, renewal_window_unit, grace_period_days, expiry_base, estimated_hours, cost_amount, cost_currency)
       SELECT 'Cert ' || g, 'Issuer ' || (g % 9), CASE WHEN g % 10 = 0 THEN NULL ELSE 1 + g % 3 END, CASE WHEN g % 10 = 0 THEN NULL ELSE 'YEARS' END,
              CASE WHEN g % 10 = 0 THEN NULL ELSE 60 END, CASE WHEN g % 10 = 0 THEN NULL ELSE 'DAYS' END, 30, 'FROM_COMPLETION', 10 + g % 30, 100 + g * 5, 'EUR'
         FROM generate_series(1, $1::int) g`,
      [size.certifications],
    );
    // Records spread over employees and dates so every status occurs (expiry = earned + validity, inclusive).
    // (records ≤ employees × certifications, so each pair is unique)
    await c.query(
      `WITH emp AS (SELECT id, row_number() OVER (ORDER BY employee_number) AS rn FROM employee),
            cert AS (SELECT id, validity_amount, row_number() OVER (ORDER BY name) AS rn FROM certification),
            src AS (SELECT g, DATE '2026-11-23' - ((g * 37) % 1400) AS earned FROM generate_series(1, $1::int) g)
       INSERT INTO certification_record (employee_id, certification_id, earned_on, expires_on, window_opens_on, grace_ends_on, credential_id)
       SELECT emp.id, cert.id, src.earned,
              CASE WHEN cert.validity_amount IS NULL THEN NULL ELSE (src.earned + make_interval(years => cert.validity_amount))::date END,
              CASE WHEN cert.validity_amount IS NULL THEN NULL ELSE (src.earned + make_interval(years => cert.validity_amount))::date - 60 END,
              CASE WHEN cert.validity_amount IS NULL THEN NULL ELSE (src.earned + make_interval(years => cert.validity_amount))::date + 30 END,
              'CR-' || src.g
         FROM src
         JOIN emp ON emp.rn = 1 + (src.g % (SELECT count(*) FROM emp))
         -- one current record per (employee, certification): an employee's k-th record uses cert (k + 3·employee) mod C
         JOIN cert ON cert.rn = 1 + ((src.g / (SELECT count(*) FROM emp) + 3 * (src.g % (SELECT count(*) FROM emp))) % $2::int)`,
      [size.records, size.certifications],
    );
    for (const step of extra) await step(c);
    await c.query('COMMIT');
    // As autovacuum leaves a live database: statistics, and the visibility map that index-only scans read.
    await c.query('VACUUM ANALYZE');
    const [m200] = (await c.query(`SELECT id, auth_subject AS subject FROM employee WHERE employee_number = 'T0'`)).rows;
    const [m10] = (await c.query(`SELECT id, auth_subject AS subject FROM employee WHERE employee_number = 'T201'`)).rows;
    const { rows: [counts] } = await c.query(`SELECT (SELECT count(*) FROM employee)::int AS e, (SELECT count(*) FROM certification_record)::int AS r`);
    return { manager200: m200, manager10: m10, employees: counts.e, records: counts.r };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}
