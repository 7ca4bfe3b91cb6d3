import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { Employee } from './entities/employee.entity';
import { Department } from './entities/department.entity';
import { JobRole } from './entities/job-role.entity';
import { Location } from './entities/location.entity';

/** The org tables HR creates rows in by name (department, location). */
export type Org = typeof Department | typeof Location;

/** A new person: names and email, the rest as the employee table defaults them. */
export type NewEmployee = Pick<Employee, 'firstName' | 'lastName' | 'email'> &
  Partial<Pick<Employee, 'employeeNumber' | 'authSubject' | 'roles' | 'managerId' | 'departmentId' | 'jobRoleId' | 'locationId' | 'workContext' | 'status' | 'hireDate'>>;

/**
 * Inserts into the employees lib's tables (employee, department, job_role, location) and saves employees, in the
 * caller's transaction if any. The lib's rules (email taken, manager cycles, retired roles) are the service's to check
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

  /**
   * Saves the employee in a savepoint of the caller's transaction: a unique index refusing it (a concurrent write
   * took the email first) fails the savepoint only, so the caller can answer and its transaction stays usable.
   */
  @GenerateSql({ params: [Object.assign(new Employee(), { id: SqlExample.ID, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', roles: ['EMPLOYEE'], workContext: 'OFFICE', status: 'ACTIVE' })] })
  saveInSavepoint(employee: Employee): Promise<Employee> {
    return this.tx.run(() => this.tx.manager.transaction((m) => m.save(Employee, employee)));
  }

  /** A new employee of these values (created as the entity), saved as saveInSavepoint saves. */
  @GenerateSql({ params: [{ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', roles: ['EMPLOYEE'], workContext: 'OFFICE', status: 'ACTIVE' }] })
  insertInSavepoint(values: NewEmployee): Promise<Employee> {
    return this.saveInSavepoint(this.tx.manager.create(Employee, values));
  }

  /** A new department or location, in a savepoint as saveInSavepoint (its name's unique index may refuse it). */
  @GenerateSql({ name: 'department', params: [Department, { name: 'Engineering' }] }, { name: 'location', params: [Location, { name: 'Berlin' }] })
  insertOrgInSavepoint<T extends Org>(kind: T, values: Partial<InstanceType<T>> & { name: string }): Promise<InstanceType<T>> {
    return this.tx.run(() => this.tx.manager.transaction((m) => m.getRepository(kind).save(values as object))) as Promise<InstanceType<T>>;
  }
}
