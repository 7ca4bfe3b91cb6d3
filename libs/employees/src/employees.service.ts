import { Injectable } from '@nestjs/common';
import { badInput, BusinessErrorCode, DomainFailure, DuplicateNameError, isFailure, nameTaken, notFound, uniqueIndexViolated, Viewer } from '@app/shared';
import { AccessScope, AuditService, IdentityService } from '@app/auth';
import { Employee } from './entities/employee.entity';
import { EmployeeListPage, EmployeeListQuery, EmployeeRepository } from './employee.repository';
import { EmployeeWriteRepository, Org } from './employee-write.repository';
import { JobRolesService } from './job-roles.service';
import { CreateEmployeeCommand, ListEmployeesQuery, UpdateEmployeeCommand } from './employee-commands';
import { EmployeeEventPublisher } from './employee-event-publisher';
import { employeeFailure } from './employee-failures';


/** Employee and org use cases; the first argument is always who is asking. */
@Injectable()
export class EmployeesService {
  constructor(
    private readonly repo: EmployeeRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
    private readonly writes: EmployeeWriteRepository,
    private readonly events: EmployeeEventPublisher,
    private readonly identity: IdentityService,
    private readonly jobRoles: JobRolesService,
  ) {}

  /** Scope is checked before the row is read, so an id out of sight and a missing one cost the same. */
  async get(viewer: Viewer, id: string): Promise<Employee> {
    if (!this.scope.isHr(viewer) && viewer.employeeId !== id) await this.scope.assertEmployeeVisible(viewer, id);
    const employee = await this.repo.findById(id);
    await this.scope.assertCanSee(viewer, employee?.id, 'Employee', id);
    return employee as Employee;
  }

  /** Employees the viewer may see (self and reporting line; HR all), filtered and sorted. */
  list(viewer: Viewer, args: ListEmployeesQuery, lineOnly = false, relations?: EmployeeListQuery['relations']): Promise<EmployeeListPage> {
    const params: unknown[] = [];
    const sql = lineOnly
      ? `e.id IN (${this.scope.lineSql(`$${params.push(viewer.employeeId)}`, false)})`
      : this.scope.visibleEmployeesPredicate(viewer, 'e.id', params);
    const q: EmployeeListQuery = {
      visible: { sql, params },
      departmentId: args.departmentId,
      jobRoleId: args.jobRoleId,
      locationId: args.locationId,
      status: args.status,
      managerId: args.managerId,
      search: args.search,
      sort: args.sort ?? 'NAME',
      descending: args.descending ?? false,
      first: args.first ?? 50,
      after: args.after,
      relations,
    };
    return this.repo.list(q);
  }

  async create(viewer: Viewer, input: CreateEmployeeCommand): Promise<Employee | EmployeeRefusal> {
    if (await this.repo.findByEmail(input.email)) return emailTaken(input.email);
    await this.assertRefs(input);
    const saved = await this.saveOrEmailTaken(input.email, () =>
      this.writes.insertInSavepoint({
        ...input,
        roles: input.roles ?? ['EMPLOYEE'],
        workContext: input.workContext ?? 'OFFICE',
        status: input.status ?? 'ACTIVE',
      }),
    );
    if (isFailure(saved)) return saved;
    await this.audit.recordChange(viewer, 'createEmployee', 'Employee', saved.id, null, snapshot(saved));
    return saved;
  }

  async update(viewer: Viewer, input: UpdateEmployeeCommand): Promise<Employee | EmployeeRefusal> {
    const existing = await this.repo.findById(input.id);
    if (!existing) throw notFound('Employee');
    const before = snapshot(existing);
    if (input.email && input.email !== existing.email && (await this.repo.findByEmail(input.email, existing.id))) return emailTaken(input.email);
    await this.assertRefs(input, existing.jobRoleId);
    if (input.managerId && (await this.repo.wouldCycle(existing.id, input.managerId))) return employeeFailure(BusinessErrorCode.MANAGER_CYCLE);
    const { id: _id, clearManager, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    Object.assign(existing, defined);
    if (clearManager) existing.managerId = null;
    const saved = await this.saveOrEmailTaken(existing.email, () => this.writes.saveInSavepoint(existing));
    if (isFailure(saved)) return saved;
    await this.audit.recordChange(viewer, 'updateEmployee', 'Employee', saved.id, before, snapshot(saved));
    // Who a token signs in as, and with which roles, changes now (status changes: see IdentityForgetter).
    if (String(before.roles) !== String(saved.roles) || before.authSubject !== saved.authSubject) this.identity.forgetEmployee(saved.id);
    await this.events.managersChanged([{ employeeId: saved.id, previousManagerId: before.managerId as string | null, newManagerId: saved.managerId }]);
    await this.events.statusesChanged([{ employeeId: saved.id, previousStatus: before.status as string, newStatus: saved.status }]);
    return saved;
  }

  /** Names compare trimmed and ignoring case; a taken one is a DuplicateNameError. */
  async createOrg<T extends Org>(viewer: Viewer, kind: T, values: Partial<InstanceType<T>> & { name: string }): Promise<InstanceType<T> | DuplicateNameError> {
    const find = (name: string) => this.repo.orgByName(kind, name);
    const taken = await nameTaken(kind.name.toLowerCase(), values.name, null, find);
    if (taken) return taken;
    let saved: InstanceType<T>;
    try {
      // In a savepoint: a concurrent create that took the name first (its unique index refuses this one) is answered as the check above would.
      saved = await this.writes.insertOrgInSavepoint(kind, values);
    } catch (e) {
      if (uniqueIndexViolated(e) === `UQ_${kind.name.toLowerCase()}_name_key`) return (await nameTaken(kind.name.toLowerCase(), values.name, null, find)) as DuplicateNameError;
      throw e;
    }
    await this.audit.recordChange(viewer, `create${kind.name}`, kind.name, saved.id, null, saved);
    return saved;
  }

  listOrg<T extends Org>(kind: T): Promise<InstanceType<T>[]> {
    return this.repo.listOrg(kind);
  }

  /**
   * Runs `save` (the employee in a savepoint); a concurrent write that took the email first (the unique index on lower(email) refuses
   * this one) is EMAIL_TAKEN, as the check before would have answered. In a savepoint, so the mutation's
   * transaction stays usable.
   */
  private async saveOrEmailTaken(email: string, save: () => Promise<Employee>): Promise<Employee | EmployeeRefusal> {
    try {
      return await save();
    } catch (e) {
      if (uniqueIndexViolated(e) === 'UQ_employee_email_lower') return emailTaken(email);
      throw e;
    }
  }

  private async assertRefs(input: { managerId?: string; departmentId?: string; jobRoleId?: string; locationId?: string }, currentJobRoleId: string | null = null): Promise<void> {
    const checks: Array<[string, string | undefined, () => Promise<unknown[]>]> = [
      ['managerId', input.managerId, () => this.repo.findByIds([input.managerId as string])],
      ['departmentId', input.departmentId, () => this.repo.departments([input.departmentId as string])],
      ['locationId', input.locationId, () => this.repo.locations([input.locationId as string])],
    ];
    for (const [field, id, load] of checks) {
      if (id && (await load()).length === 0) throw badInput(field, `No ${field.replace(/Id$/, '')} with id ${id}`);
    }
    if (input.jobRoleId && input.jobRoleId !== currentJobRoleId) await this.jobRoles.assertAssignable('jobRoleId', input.jobRoleId);
  }
}

/** An employee write refused for a business rule (EMPLOYEE_FAILURES); EMAIL_TAKEN names the email asked for. */
export type EmployeeRefusal = DomainFailure<BusinessErrorCode.EMAIL_TAKEN, { email: string }> | DomainFailure<BusinessErrorCode.MANAGER_CYCLE>;

function emailTaken(email: string): EmployeeRefusal {
  return employeeFailure(BusinessErrorCode.EMAIL_TAKEN, { email });
}

function snapshot(e: Employee): Record<string, unknown> {
  const { manager: _m, department: _d, jobRole: _j, location: _l, ...plain } = e;
  return plain;
}
