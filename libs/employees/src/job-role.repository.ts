import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { JobRole } from './entities/job-role.entity';

/** Writes and the full list of job roles; each call runs in the caller's transaction. Reads by id or name stay on EmployeeRepository. */
@Injectable()
export class JobRoleRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Every role, retired ones too, by name. */
  @GenerateSql({ params: [] })
  listByName(): Promise<JobRole[]> {
    return this.tx.manager.find(JobRole, { order: { name: 'ASC' } });
  }

  @GenerateSql({ params: [{ name: 'Backend engineer', description: null, retiredAt: null }] })
  insert(values: Pick<JobRole, 'name' | 'description' | 'retiredAt'>): Promise<JobRole> {
    return this.tx.manager.save(JobRole, this.tx.manager.create(JobRole, values));
  }

  /** Saves a renamed, described, retired or restored role. */
  @GenerateSql({ params: [Object.assign(new JobRole(), { id: SqlExample.ID, name: 'Backend engineer', description: 'Builds services', retiredAt: SqlExample.NOW })] })
  save(role: JobRole): Promise<JobRole> {
    return this.tx.manager.save(JobRole, role);
  }
}
