import { Injectable } from '@nestjs/common';
import { AccessScope, AuditService } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { badInput, BusinessErrorCode as C, DomainResult, OrgCalendar, Viewer } from '@app/shared';
import { CertificationRepository } from '../certification.repository';
import { CertificationAttempt } from './certification-attempt.entity';
import { CertificationAttemptRepository } from './certification-attempt.repository';
import { RecordCertificationAttemptCommand } from '../certification-commands';
import { duplicateAttempt } from '../certification-failures';

const ENTITY = 'CertificationAttempt';

/**
 * Exam attempts, scoped like the employee's other data: the employee self-reports (a failed sitting is exactly
 * what nobody else would record), a manager in their line or HR records for them; out of sight is NOT_FOUND.
 */
@Injectable()
export class CertificationAttemptsService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly attempts: CertificationAttemptRepository,
    private readonly catalog: CertificationRepository,
    private readonly employees: EmployeeRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
  ) {}

  async record(viewer: Viewer, input: RecordCertificationAttemptCommand): Promise<DomainResult<CertificationAttempt, C.DUPLICATE_ATTEMPT>> {
    await this.assertMaySee(viewer, input.employeeId);
    const certification = await this.catalog.findById(input.certificationId);
    if (!certification) throw badInput('certificationId', `No certification with id ${input.certificationId}`);
    if (input.attemptedOn > this.calendar.today()) throw badInput('attemptedOn', 'attemptedOn cannot be in the future');
    if (input.costCurrency && (input.costAmount === undefined || input.costAmount === null)) throw badInput('costCurrency', 'costCurrency goes with a costAmount');
    if (await this.attempts.taken(input.employeeId, certification.id, input.attemptedOn)) {
      return duplicateAttempt();
    }
    const hasCost = input.costAmount !== undefined && input.costAmount !== null;
    const id = await this.attempts.insert({
      employeeId: input.employeeId,
      certificationId: certification.id,
      attemptedOn: input.attemptedOn,
      passed: input.passed,
      score: input.score ?? null,
      costAmount: hasCost ? input.costAmount : null,
      costCurrency: hasCost ? (input.costCurrency ?? certification.costCurrency) : null,
      recordId: null,
      recordedById: viewer.employeeId,
    });
    if (input.passed) await this.attempts.linkPassToAward(id);
    const saved = (await this.attempts.findById(id)) as CertificationAttempt;
    await this.audit.recordChange(viewer, 'recordCertificationAttempt', ENTITY, id, null, saved);
    return saved;
  }

  /** One employee's attempts, newest first; NOT_FOUND when the viewer may not see the employee. */
  async list(viewer: Viewer, employeeId: string, certificationId: string | null, first: number): Promise<CertificationAttempt[]> {
    await this.scope.assertEmployeeVisible(viewer, employeeId);
    return this.attempts.listFor(employeeId, certificationId, first);
  }

  /** Self, a manager above, or HR (for whom an unknown employee is bad input). */
  private async assertMaySee(viewer: Viewer, employeeId: string): Promise<void> {
    if (this.scope.isHr(viewer)) {
      if (!(await this.employees.findById(employeeId))) throw badInput('employeeId', `No employee with id ${employeeId}`);
      return;
    }
    await this.scope.assertCanSee(viewer, employeeId, 'Employee', employeeId);
  }
}
