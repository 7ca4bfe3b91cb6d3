import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { JOB_ROLE_VIEW } from '@app/employees';
import { jsonArrayOf } from '@app/shared';
import { Certification } from './entities/certification.entity';
import { CertificationRequirement } from './entities/certification-requirement.entity';

/** Every query on the catalog and the role requirements. */
@Injectable()
export class CertificationRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Inserts a catalog entry as given (the catalog service checks names and renewal rules first); one statement. */
  @GenerateSql({ params: [{ name: 'Certified Kubernetes Administrator', issuer: 'CNCF' }] })
  insert(values: Partial<Certification> & Pick<Certification, 'name' | 'issuer'>): Promise<Certification> {
    return this.tx.manager.save(Certification, this.tx.manager.create(Certification, values), { transaction: false });
  }

  /** Inserts or updates the entry as the catalog service built it (names and renewal rules checked first). */
  @GenerateSql({ params: [Object.assign(new Certification(), { id: SqlExample.ID, name: 'Certified Kubernetes Administrator', issuer: 'CNCF', gracePeriodDays: 30, expiryBase: 'FROM_COMPLETION', validityAmount: 3, validityUnit: 'YEARS' })] })
  save(certification: Certification): Promise<Certification> {
    return this.tx.manager.save(Certification, certification);
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<Certification | null> {
    return this.tx.manager.findOne(Certification, { where: { id } });
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  findByIds(ids: readonly string[]): Promise<Certification[]> {
    return this.tx.manager.createQueryBuilder(Certification, 'c').where('c.id = ANY(:ids)', { ids }).getMany();
  }

  @GenerateSql({ params: ['Certified Kubernetes Administrator'] })
  findByName(name: string): Promise<Certification | null> {
    return this.tx.manager.createQueryBuilder(Certification, 'c').where('lower(trim(c.name)) = lower(trim(:name))', { name }).getOne();
  }

  @GenerateSql({ params: [] })
  list(): Promise<Certification[]> {
    return this.tx.manager.find(Certification, { order: { name: 'ASC' } });
  }

  /** The requirements `requirementsOf` answers, in its order, as one JSON array of `object` (on `q`, its certification `c`). */
  @GenerateSql({ params: [SqlExample.ID, "json_build_object('id', q.id, 'certification', c.name)"] })
  async requirementsJson(jobRoleId: string, object: string): Promise<string> {
    const rows = await this.tx.query<{ json: string }>(
      `SELECT ${object}::text AS json FROM certification_requirement q JOIN certification c ON c.id = q.certification_id
        WHERE q.job_role_id = $1 ORDER BY array_position(ARRAY['BASELINE','PROFICIENT','ADVANCED'], q.level), q.created_at`,
      [jobRoleId],
    );
    return jsonArrayOf(rows.map((r) => r.json));
  }

  @GenerateSql({ params: [SqlExample.ID] })
  requirementsOf(jobRoleId: string): Promise<CertificationRequirement[]> {
    return this.tx.manager
      .createQueryBuilder(CertificationRequirement, 'q')
      .where('q.job_role_id = :jobRoleId', { jobRoleId })
      .orderBy(`array_position(ARRAY['BASELINE','PROFICIENT','ADVANCED'], q.level)`)
      .addOrderBy('q.created_at')
      .getMany();
  }

  @GenerateSql({ params: [SqlExample.ID, 'BASELINE', SqlExample.ID_2] })
  findRequirement(jobRoleId: string, level: string, certificationId: string): Promise<CertificationRequirement | null> {
    return this.tx.manager.findOne(CertificationRequirement, { where: { jobRoleId, level: level as CertificationRequirement['level'], certificationId } });
  }

  @GenerateSql({ params: [{ jobRoleId: SqlExample.ID, level: 'BASELINE', certificationId: SqlExample.ID_2, required: true }] })
  insertRequirement(values: Pick<CertificationRequirement, 'jobRoleId' | 'level' | 'certificationId' | 'required'>): Promise<CertificationRequirement> {
    return this.tx.manager.save(CertificationRequirement, this.tx.manager.create(CertificationRequirement, values));
  }

  @GenerateSql({ params: [Object.assign(new CertificationRequirement(), { id: SqlExample.ID, jobRoleId: SqlExample.ID, level: 'BASELINE', certificationId: SqlExample.ID_2, required: false })] })
  saveRequirement(requirement: CertificationRequirement): Promise<CertificationRequirement> {
    return this.tx.manager.save(CertificationRequirement, requirement);
  }

  @GenerateSql({ params: [SqlExample.ID] })
  async deleteRequirement(id: string): Promise<void> {
    await this.tx.manager.delete(CertificationRequirement, { id });
  }

  @GenerateSql({ params: [SqlExample.ID] })
  async jobRoleExists(id: string): Promise<boolean> {
    const rows = await this.tx.query(`SELECT 1 FROM ${JOB_ROLE_VIEW} job_role WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
