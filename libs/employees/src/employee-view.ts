import type { Employee } from './entities/employee.entity';

/** What the read paths show of an employee: the entity's own columns, read as plain values. */
export type EmployeeView = Pick<
  Employee,
  'id' | 'employeeNumber' | 'firstName' | 'lastName' | 'email' | 'roles' | 'status' | 'workContext' | 'hireDate' | 'managerId' | 'departmentId' | 'jobRoleId' | 'locationId'
>;

export interface EmployeeViewRow {
  id: string;
  employee_number: string | null;
  first_name: string;
  last_name: string;
  email: string;
  roles: string[];
  status: Employee['status'];
  work_context: Employee['workContext'];
  hire_date: string | null;
  manager_id: string | null;
  department_id: string | null;
  job_role_id: string | null;
  location_id: string | null;
}

/** The columns of an EmployeeViewRow on the employee aliased `e` (dates as 'yyyy-MM-dd', as TypeORM reads them). */
export const EMPLOYEE_VIEW_COLUMNS = `e.id, e.employee_number, e.first_name, e.last_name, e.email, e.roles, e.status, e.work_context,
  e.hire_date::text AS hire_date, e.manager_id, e.department_id, e.job_role_id, e.location_id`;

export function toEmployeeView(r: EmployeeViewRow): EmployeeView {
  return {
    id: r.id,
    employeeNumber: r.employee_number,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    roles: r.roles,
    status: r.status,
    workContext: r.work_context,
    hireDate: r.hire_date,
    managerId: r.manager_id,
    departmentId: r.department_id,
    jobRoleId: r.job_role_id,
    locationId: r.location_id,
  };
}
