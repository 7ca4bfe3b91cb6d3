import { Injectable } from '@nestjs/common';
import { badInput, BusinessErrorCode as C, DomainResult, nameTakenFailure, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { JobRole } from './entities/job-role.entity';
import { EmployeeRepository } from './employee.repository';
import { JobRoleRepository } from './job-role.repository';
import { CreateJobRoleCommand, UpdateJobRoleCommand } from './job-role-commands';

/** Job roles: HR creates, renames, retires and restores them; names are unique trimmed and ignoring case. */
@Injectable()
export class JobRolesService {
  constructor(
    private readonly repo: EmployeeRepository,
    private readonly audit: AuditService,
    private readonly roles: JobRoleRepository,
  ) {}

  /** Every role by name; retired ones only when asked (history screens). */
  async list(includeRetired: boolean): Promise<JobRole[]> {
    const all = await this.roles.listByName();
    return includeRetired ? all : all.filter((r) => r.retiredAt === null);
  }

  async create(viewer: Viewer, input: CreateJobRoleCommand): Promise<DomainResult<JobRole, C.DUPLICATE_NAME>> {
    const taken = await nameTakenFailure('job role', input.name, null, (n) => this.repo.jobRoleByName(n));
    if (taken) return taken;
    const saved = await this.roles.insert({ name: input.name, description: input.description ?? null, retiredAt: null });
    await this.audit.recordChange(viewer, 'createJobRole', 'JobRole', saved.id, null, { ...saved });
    return saved;
  }

  async update(viewer: Viewer, input: UpdateJobRoleCommand): Promise<DomainResult<JobRole, C.DUPLICATE_NAME>> {
    const role = await this.get(input.id);
    const before = { ...role };
    if (input.name !== undefined && input.name !== null) {
      const taken = await nameTakenFailure('job role', input.name, role.id, (n) => this.repo.jobRoleByName(n));
      if (taken) return taken;
      role.name = input.name;
    }
    if (input.description !== undefined) role.description = input.description;
    const saved = await this.roles.save(role);
    await this.audit.recordChange(viewer, 'updateJobRole', 'JobRole', saved.id, before, { ...saved });
    return saved;
  }

  /** Retiring twice keeps the first date; restoring an active role changes nothing. */
  async setRetired(viewer: Viewer, id: string, retired: boolean): Promise<JobRole> {
    const role = await this.get(id);
    if ((role.retiredAt !== null) === retired) return role;
    const before = { ...role };
    role.retiredAt = retired ? new Date() : null;
    const saved = await this.roles.save(role);
    await this.audit.recordChange(viewer, retired ? 'retireJobRole' : 'restoreJobRole', 'JobRole', saved.id, before, { ...saved });
    return saved;
  }

  /** BAD_USER_INPUT naming `field` unless the role exists and is not retired (new paths, assignments, people). */
  async assertAssignable(field: string, id: string): Promise<void> {
    const [role] = await this.repo.jobRoles([id]);
    if (!role) throw badInput(field, `No job role with id ${id}.`);
    if (role.retiredAt) throw badInput(field, `The job role "${role.name}" is retired: restore it before giving it new paths or people.`);
  }

  private async get(id: string): Promise<JobRole> {
    const [role] = await this.repo.jobRoles([id]);
    if (!role) throw notFound('JobRole');
    return role;
  }
}
