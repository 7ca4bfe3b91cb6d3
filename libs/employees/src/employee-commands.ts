import { Role } from '@app/shared';
import { EmployeeStatus, WorkContext } from './entities/employee.entity';
import { EmployeeSort } from './employee.repository';

/** The fields an employee is made of; absent ones stay (update) or take their default (create). */
interface EmployeeFieldsCommand {
  employeeNumber?: string;
  authSubject?: string;
  managerId?: string;
  departmentId?: string;
  jobRoleId?: string;
  locationId?: string;
  workContext?: WorkContext;
  status?: EmployeeStatus;
  hireDate?: string;
  roles?: Role[];
}

/** A new employee: the email is unique ignoring case; absent roles are EMPLOYEE, work context OFFICE, status ACTIVE. */
export interface CreateEmployeeCommand extends EmployeeFieldsCommand {
  firstName: string;
  lastName: string;
  email: string;
}

/** Changes an employee: absent fields stay; clearManager removes the manager. */
export interface UpdateEmployeeCommand extends EmployeeFieldsCommand {
  id: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  clearManager?: boolean;
}

/** Employees filtered (all filters optional, combined with AND) and sorted; NAME ascending, 50 a page by default. */
export interface ListEmployeesQuery {
  departmentId?: string;
  jobRoleId?: string;
  locationId?: string;
  managerId?: string;
  status?: EmployeeStatus;
  search?: string;
  sort?: EmployeeSort;
  descending?: boolean;
  first?: number;
  after?: string;
}
