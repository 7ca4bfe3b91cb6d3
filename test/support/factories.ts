import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface MadeEmployee {
  id: string;
  subject: string;
  email: string;
}

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomUUID().slice(0, 6)}`;

/** Inserts an employee directly (tests build their own data; nothing shared). */
export async function makeEmployee(
  ds: DataSource,
  values: { managerId?: string | null; roles?: string[]; firstName?: string; lastName?: string; departmentId?: string; jobRoleId?: string; status?: string } = {},
): Promise<MadeEmployee> {
  const tag = unique();
  const subject = `test|${tag}`;
  const email = `${tag}@example.test`;
  const [row] = await ds.query(
    `INSERT INTO employee (first_name, last_name, email, auth_subject, roles, manager_id, department_id, job_role_id, status, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1) RETURNING id`,
    [values.firstName ?? 'Test', values.lastName ?? `Person ${tag}`, email, subject, values.roles ?? ['EMPLOYEE'], values.managerId ?? null, values.departmentId ?? null, values.jobRoleId ?? null, values.status ?? 'ACTIVE'],
  );
  return { id: row.id, subject, email };
}

/** A small org: HR admin; a director over a manager over two reports; and an outsider team. */
export async function makeOrg(ds: DataSource) {
  const hr = await makeEmployee(ds, { roles: ['HR_ADMIN', 'EMPLOYEE'], firstName: 'Hana' });
  const director = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'], firstName: 'Dora' });
  const manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'], managerId: director.id, firstName: 'Milo' });
  const alice = await makeEmployee(ds, { managerId: manager.id, firstName: 'Alice' });
  const bob = await makeEmployee(ds, { managerId: manager.id, firstName: 'Bob' });
  const otherManager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'], firstName: 'Olga' });
  const outsider = await makeEmployee(ds, { managerId: otherManager.id, firstName: 'Oscar' });
  return { hr, director, manager, alice, bob, otherManager, outsider };
}

export const uniqueName = (prefix: string) => `${prefix} ${unique()}`;
