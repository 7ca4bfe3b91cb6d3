import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { EmployeeStatus, EmployeeWriteRepository } from '@app/employees';

export interface MadeEmployee {
  id: string;
  subject: string;
  email: string;
}

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomUUID().slice(0, 6)}`;

/** The employees lib's writes on a test's data source: factories create data through the lib that owns it. */
export const employeeWrites = (ds: DataSource) => new EmployeeWriteRepository(new TransactionHost(ds));

/** An employee with a unique email and sign-in subject (tests build their own data; nothing shared). */
export async function makeEmployee(
  ds: DataSource,
  values: { managerId?: string | null; roles?: string[]; firstName?: string; lastName?: string; departmentId?: string; jobRoleId?: string; status?: string } = {},
): Promise<MadeEmployee> {
  const tag = unique();
  const subject = `test|${tag}`;
  const email = `${tag}@example.test`;
  const row = await employeeWrites(ds).insertEmployee({
    firstName: values.firstName ?? 'Test', lastName: values.lastName ?? `Person ${tag}`, email, authSubject: subject, roles: values.roles ?? ['EMPLOYEE'],
    managerId: values.managerId ?? null, departmentId: values.departmentId ?? null, jobRoleId: values.jobRoleId ?? null, status: (values.status ?? 'ACTIVE') as EmployeeStatus,
  });
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

export async function makeDepartment(ds: DataSource): Promise<string> {
  return (await employeeWrites(ds).insertDepartment({ name: uniqueName('Dept') })).id;
}

export async function makeJobRole(ds: DataSource): Promise<string> {
  return (await employeeWrites(ds).insertJobRole({ name: uniqueName('Role') })).id;
}
