import { INestApplication } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { AppConfig } from '@app/shared';
import { signDevelopmentToken } from '@app/auth';
import { DEMO_USERS, demoEmail, demoPeople, demoSubject } from './demo-people';
import { loadDemoCatalog } from './demo-catalog';
import { loadDemoPrograms } from './demo-programs';
import { loadDemoWorkflow } from './demo-workflow';

export interface DemoToken { label: string; name: string; token: string }

/**
 * Loads the demo organization into an empty database (no employees) and returns sign-in tokens, in one
 * transaction: the organization's data in set-based statements, then what people do in the product
 * through its services (demo-workflow.ts), which notify as they would for real.
 */
export async function loadDemoOrganizationIfEmpty(app: INestApplication, config: AppConfig): Promise<DemoToken[] | null> {
  const loaded = await app.get(TransactionHost).run(async (m) => {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM employee`);
    if (n > 0) return false;
    const ids = await insertPeople(m);
    await loadDemoCatalog(m, ids);
    await loadDemoPrograms(m, ids);
    await loadDemoWorkflow(app, ids);
    return true;
  });
  if (!loaded) return null;
  const people = demoPeople();
  return DEMO_USERS.map((u) => {
    const p = people.find((x) => x.key === u.key);
    return { label: u.label, name: p ? `${p.first} ${p.last}` : u.email, token: signDevelopmentToken(config, demoSubject(u.email)) };
  });
}

/** Departments, job roles and people in three set-based statements, then manager links in one. */
async function insertPeople(m: EntityManager): Promise<Map<string, string>> {
  const people = demoPeople();
  const departments = [...new Set(people.map((p) => p.department))];
  const roles = [...new Set(people.map((p) => p.role))];
  await m.query(`INSERT INTO department (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [departments]);
  await m.query(`INSERT INTO job_role (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [roles]);
  const rows = people.map((p, i) => ({
    key: p.key,
    employee_number: `D${String(1000 + i)}`,
    first_name: p.first,
    last_name: p.last,
    email: demoEmail(p.key),
    auth_subject: demoSubject(demoEmail(p.key)),
    roles: `{${p.roles.join(',')}}`,
    department: p.department,
    role: p.role,
    work_context: p.workContext,
    hire_date: p.hireDate,
  }));
  const inserted: Array<{ id: string; email: string }> = await m.query(
    `INSERT INTO employee (employee_number, first_name, last_name, email, auth_subject, roles, department_id, job_role_id, work_context, hire_date, version)
     SELECT r.employee_number, r.first_name, r.last_name, r.email, r.auth_subject, r.roles::text[], d.id, j.id, r.work_context, r.hire_date::date, 1
       FROM jsonb_to_recordset($1::jsonb) AS r(employee_number text, first_name text, last_name text, email text, auth_subject text, roles text, department text, role text, work_context text, hire_date text)
       JOIN department d ON d.name = r.department JOIN job_role j ON j.name = r.role
     RETURNING id, email`,
    [JSON.stringify(rows)],
  );
  const byEmail = new Map(inserted.map((r) => [r.email, r.id]));
  const ids = new Map(people.map((p) => [p.key, byEmail.get(demoEmail(p.key)) as string]));
  const links = people.filter((p) => p.managerKey).map((p) => ({ id: ids.get(p.key), manager_id: ids.get(p.managerKey as string) }));
  await m.query(
    `UPDATE employee e SET manager_id = l.manager_id FROM jsonb_to_recordset($1::jsonb) AS l(id uuid, manager_id uuid) WHERE e.id = l.id`,
    [JSON.stringify(links)],
  );
  return ids;
}
