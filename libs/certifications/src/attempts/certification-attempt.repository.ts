import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { CertificationAttempt } from './certification-attempt.entity';

/** How far apart a pass and the award it led to may be (days, either way round). */
export const ATTEMPT_LINK_WINDOW_DAYS = 180;

/** Every query on certification_attempt. */
@Injectable()
export class CertificationAttemptRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [{ employeeId: SqlExample.ID, certificationId: SqlExample.ID_2, attemptedOn: SqlExample.DATE, passed: true, recordedById: SqlExample.ID_2 }] })
  async insert(values: Partial<CertificationAttempt>): Promise<string> {
    const result = await this.tx.manager.insert(CertificationAttempt, this.tx.manager.create(CertificationAttempt, values));
    return result.identifiers[0].id as string;
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<CertificationAttempt | null> {
    return this.tx.manager.findOne(CertificationAttempt, { where: { id } });
  }

  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2, SqlExample.DATE] })
  async taken(employeeId: string, certificationId: string, attemptedOn: string): Promise<boolean> {
    return this.tx.manager.exists(CertificationAttempt, { where: { employeeId, certificationId, attemptedOn } });
  }

  /** One employee's attempts, newest first. */
  @GenerateSql({ name: 'one certification', params: [SqlExample.ID, SqlExample.ID_2, 20] }, { name: 'every certification', params: [SqlExample.ID, null, 20] })
  listFor(employeeId: string, certificationId: string | null, first: number): Promise<CertificationAttempt[]> {
    return this.tx.manager.find(CertificationAttempt, {
      where: { employeeId, ...(certificationId ? { certificationId } : {}) },
      order: { attemptedOn: 'DESC', createdAt: 'DESC' },
      take: first,
    });
  }

  /**
   * A new award takes the employee's latest unlinked pass of that certification on or before its earned date
   * (within the window). One statement; nothing happens when there is none.
   */
  @GenerateSql({ params: [SqlExample.ID] })
  async linkAwardToPass(recordId: string): Promise<void> {
    await this.tx.query(
      `UPDATE certification_attempt SET record_id = $1, updated_at = now()
        WHERE id = (SELECT a.id FROM certification_attempt a JOIN certification_record r ON r.id = $1
                     WHERE a.employee_id = r.employee_id AND a.certification_id = r.certification_id AND a.passed AND a.record_id IS NULL
                       AND a.attempted_on <= r.earned_on AND a.attempted_on > r.earned_on - $2::int
                     ORDER BY a.attempted_on DESC LIMIT 1)
          AND NOT EXISTS (SELECT 1 FROM certification_attempt x WHERE x.record_id = $1)`,
      [recordId, ATTEMPT_LINK_WINDOW_DAYS],
    );
  }

  /**
   * A pass recorded after its award takes the employee's earliest unrevoked award of that certification earned on
   * or after it (within the window) that no attempt holds yet. One statement.
   */
  @GenerateSql({ params: [SqlExample.ID] })
  async linkPassToAward(attemptId: string): Promise<void> {
    await this.tx.query(
      `UPDATE certification_attempt a SET record_id = (
          SELECT r.id FROM certification_record r
           WHERE r.employee_id = a.employee_id AND r.certification_id = a.certification_id AND r.revoked_at IS NULL
             AND r.earned_on >= a.attempted_on AND r.earned_on < a.attempted_on + $2::int
             AND NOT EXISTS (SELECT 1 FROM certification_attempt x WHERE x.record_id = r.id)
           ORDER BY r.earned_on, r.id LIMIT 1), updated_at = now()
        WHERE a.id = $1 AND a.passed AND a.record_id IS NULL`,
      [attemptId, ATTEMPT_LINK_WINDOW_DAYS],
    );
  }
}
