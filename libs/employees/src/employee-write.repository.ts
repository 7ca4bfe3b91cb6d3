import { Injectable } from '@nestjs/common';
import { GenerateSql, TransactionHost } from '@app/persistence';
import { Employee } from './entities/employee.entity';
import { Department } from './entities/department.entity';
import { JobRole } from './entities/job-role.entity';

/** A new person: names and email, the rest as the employee table defaults them. */
export type NewEmployee = Pick<Employee, 'firstName' | 'lastName' | 'email'> &
  Partial<Pick<Employee, 'employeeNumber' | 'authSubject' | 'roles' | 'managerId' | 'departmentId' | 'jobRoleId' | 'locationId' | 'workContext' | 'status' | 'hireDate'>>;

/**
 * Inserts into the employees lib's tables (employee, department, job_role), one statement each, in the caller's
 * transaction if any. The lib's rules (email taken, manager cycles, retired roles) are the service's to check
 * first; test factories build their people here, through the lib that owns the tables, not with raw INSERTs.
 */
@Injectable()
export class EmployeeWriteRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [{ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' }] })
  async insertEmployee(values: NewEmployee): Promise<Employee> {
    const entity = this.tx.manager.create(Employee, { roles: ['EMPLOYEE'], workContext: 'OFFICE', status: 'ACTIVE', ...values });
    return this.tx.manager.save(Employee, entity, { transaction: false });
  }

  @GenerateSql({ params: [{ name: 'Engineering' }] })
  async insertDepartment(values: Pick<Department, 'name'> & Partial<Pick<Department, 'parentId'>>): Promise<Department> {
    return this.tx.manager.save(Department, this.tx.manager.create(Department, { parentId: null, ...values }), { transaction: false });
  }

  @GenerateSql({ params: [{ name: 'Backend engineer' }] })
  async insertJobRole(values: Pick<JobRole, 'name'> & Partial<Pick<JobRole, 'description'>>): Promise<JobRole> {
    return this.tx.manager.save(JobRole, this.tx.manager.create(JobRole, { description: null, retiredAt: null, ...values }), { transaction: false });
  }
}
