import { Injectable } from '@nestjs/common';
import { forbidden, notFound, Viewer } from '@app/shared';
import { AuditService } from './audit/audit.service';
import { ReportingLine } from './reporting-line.port';

/** A uuid no employee has: a missing object's check walks the reporting line as a refused one does. */
const NO_EMPLOYEE = '00000000-0000-0000-0000-000000000000';

/**
 * Decides, per object, whether a viewer may see an employee's records: themselves, their whole
 * reporting line (direct and indirect) if they manage anyone, everything for HR.
 * A denied read looks exactly like a missing one.
 */
@Injectable()
export class AccessScope {
  constructor(
    private readonly audit: AuditService,
    private readonly line: ReportingLine,
  ) {}

  isHr(viewer: Viewer): boolean {
    return viewer.roles.includes('HR_ADMIN');
  }

  /** True when `employeeId` is the viewer or below them in the reporting line (or the viewer is HR). */
  async canSee(viewer: Viewer, employeeId: string): Promise<boolean> {
    if (this.isHr(viewer) || viewer.employeeId === employeeId) return true;
    return this.manages(viewer.employeeId, employeeId);
  }

  /** True when `employeeId` is under `managerId` in the reporting line (direct or indirect). */
  async manages(managerId: string, employeeId: string): Promise<boolean> {
    return (await this.line.reach(managerId, employeeId)).managed;
  }

  /**
   * Throws NOT_FOUND unless the viewer may see this employee's `entity`, and records why: DENIED (out of sight) or
   * NOT_FOUND (`employeeId` null: the object does not exist). A missing and a refused object cost the same (one
   * reporting-line query, one audit entry), so timing does not tell an attacker which ids exist.
   */
  async assertCanSee(viewer: Viewer, employeeId: string | null | undefined, entity: string, entityId: string): Promise<void> {
    if (employeeId && (this.isHr(viewer) || viewer.employeeId === employeeId)) return;
    if (this.isHr(viewer)) return this.refuseRead(viewer, 'NOT_FOUND', entity, entityId);
    const { exists, managed } = await this.line.reach(viewer.employeeId, employeeId ?? NO_EMPLOYEE);
    if (managed) return;
    await this.refuseRead(viewer, exists ? 'DENIED' : 'NOT_FOUND', entity, entityId);
  }

  /**
   * For reads naming an employee (`certificationRecords(employeeId)`): NOT_FOUND, recorded, unless the employee exists
   * and the viewer may see them. One query whether the id is missing, out of sight or visible.
   */
  async assertEmployeeVisible(viewer: Viewer, employeeId: string): Promise<void> {
    if (viewer.employeeId === employeeId) return;
    const { exists, managed } = await this.line.reach(viewer.employeeId, employeeId);
    if (exists && (managed || this.isHr(viewer))) return;
    await this.refuseRead(viewer, exists ? 'DENIED' : 'NOT_FOUND', 'Employee', employeeId);
  }

  /**
   * HR, or a manager above the employee, may act on their `entity`: acting on one's own is FORBIDDEN (DENIED); a
   * missing or out-of-sight one is NOT_FOUND, recorded, at the same cost (one query, one audit entry).
   */
  async assertManages(viewer: Viewer, employeeId: string | null | undefined, entity: string, entityId: string): Promise<void> {
    if (employeeId && employeeId === viewer.employeeId) {
      await this.audit.recordRefusal(viewer, 'DENIED', 'write', entity, entityId, { code: 'FORBIDDEN', reason: 'OWN_RECORD' });
      throw forbidden();
    }
    const { exists, managed } = await this.line.reach(viewer.employeeId, employeeId ?? NO_EMPLOYEE);
    if (exists && (managed || this.isHr(viewer))) return;
    await this.audit.recordRefusal(viewer, exists ? 'DENIED' : 'NOT_FOUND', 'write', entity, entityId, { code: 'NOT_FOUND' });
    throw notFound(entity);
  }

  private async refuseRead(viewer: Viewer, outcome: 'DENIED' | 'NOT_FOUND', entity: string, entityId: string): Promise<never> {
    await this.audit.recordRefusal(viewer, outcome, 'read', entity, entityId, { code: 'NOT_FOUND' });
    throw notFound(entity);
  }

  /**
   * SQL predicate restricting `column` (an employee id) to what the viewer may see.
   * Appends its parameter to `params`. HR gets TRUE.
   */
  visibleEmployeesPredicate(viewer: Viewer, column: string, params: unknown[]): string {
    if (this.isHr(viewer)) return 'TRUE';
    params.push(viewer.employeeId);
    return `${column} IN (${this.line.lineSql(`$${params.length}`, true)})`;
  }

  /** Ids of the manager's reporting line (direct and indirect), optionally with the manager. */
  lineSql(managerParam: string, includeSelf: boolean): string {
    return this.line.lineSql(managerParam, includeSelf);
  }
}
