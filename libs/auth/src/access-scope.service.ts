import { Injectable } from '@nestjs/common';
import { forbidden, notFound, Viewer } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { AuditService } from './audit/audit.service';

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
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
  ) {}

  isHr(viewer: Viewer): boolean {
    return viewer.roles.includes('HR_ADMIN');
  }

  /** True when `employeeId` is the viewer or below them in the reporting line (or the viewer is HR). */
  async canSee(viewer: Viewer, employeeId: string): Promise<boolean> {
    if (this.isHr(viewer) || viewer.employeeId === employeeId) return true;
    return this.manages(viewer.employeeId, employeeId);
  }

  /** True when `managerId` is above `employeeId` in the reporting line (walks up, bounded). */
  async manages(managerId: string, employeeId: string): Promise<boolean> {
    return (await this.reach(managerId, employeeId)).managed;
  }

  /**
   * Throws NOT_FOUND unless the viewer may see this employee's `entity`, and records why: DENIED (out of sight) or
   * NOT_FOUND (`employeeId` null: the object does not exist). A missing and a refused object cost the same (one
   * reporting-line query, one audit entry), so timing does not tell an attacker which ids exist.
   */
  async assertCanSee(viewer: Viewer, employeeId: string | null | undefined, entity: string, entityId: string): Promise<void> {
    if (employeeId && (this.isHr(viewer) || viewer.employeeId === employeeId)) return;
    if (this.isHr(viewer)) return this.refuseRead(viewer, 'NOT_FOUND', entity, entityId);
    const { exists, managed } = await this.reach(viewer.employeeId, employeeId ?? NO_EMPLOYEE);
    if (managed) return;
    await this.refuseRead(viewer, exists ? 'DENIED' : 'NOT_FOUND', entity, entityId);
  }

  /**
   * For reads naming an employee (`certificationRecords(employeeId)`): NOT_FOUND, recorded, unless the employee exists
   * and the viewer may see them. One query whether the id is missing, out of sight or visible.
   */
  async assertEmployeeVisible(viewer: Viewer, employeeId: string): Promise<void> {
    if (viewer.employeeId === employeeId) return;
    const { exists, managed } = await this.reach(viewer.employeeId, employeeId);
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
    const { exists, managed } = await this.reach(viewer.employeeId, employeeId ?? NO_EMPLOYEE);
    if (exists && (managed || this.isHr(viewer))) return;
    await this.audit.recordRefusal(viewer, exists ? 'DENIED' : 'NOT_FOUND', 'write', entity, entityId, { code: 'NOT_FOUND' });
    throw notFound(entity);
  }

  private async refuseRead(viewer: Viewer, outcome: 'DENIED' | 'NOT_FOUND', entity: string, entityId: string): Promise<never> {
    await this.audit.recordRefusal(viewer, outcome, 'read', entity, entityId, { code: 'NOT_FOUND' });
    throw notFound(entity);
  }

  /** Whether `employeeId` exists, and whether `managerId` is above them in the reporting line: one statement. */
  private async reach(managerId: string, employeeId: string): Promise<{ exists: boolean; managed: boolean }> {
    const rows = await this.tx.query<{ exists: boolean; managed: boolean }>(
      `WITH RECURSIVE up AS (
         SELECT manager_id, 1 AS depth FROM employee WHERE id = $2
         UNION ALL
         SELECT e.manager_id, up.depth + 1 FROM employee e JOIN up ON e.id = up.manager_id WHERE up.depth < 64
       ) SELECT EXISTS (SELECT 1 FROM up) AS exists, EXISTS (SELECT 1 FROM up WHERE manager_id = $1) AS managed`,
      [managerId, employeeId],
    );
    return { exists: rows[0]?.exists === true, managed: rows[0]?.managed === true };
  }

  /**
   * SQL predicate restricting `column` (an employee id) to what the viewer may see.
   * Appends its parameter to `params`. HR gets TRUE.
   */
  visibleEmployeesPredicate(viewer: Viewer, column: string, params: unknown[]): string {
    if (this.isHr(viewer)) return 'TRUE';
    params.push(viewer.employeeId);
    return `${column} IN (${reportingLineSql(`$${params.length}`, true)})`;
  }

  /** Ids of the manager's reporting line (direct and indirect), optionally with the manager. */
  lineSql(managerParam: string, includeSelf: boolean): string {
    return reportingLineSql(managerParam, includeSelf);
  }
}

/** Recursive CTE over employee.manager_id (indexed) returning the ids below `managerParam`. */
export function reportingLineSql(managerParam: string, includeSelf: boolean): string {
  return `WITH RECURSIVE line AS (
      SELECT id, 0 AS depth FROM employee WHERE id = ${managerParam}
      UNION ALL
      SELECT e.id, line.depth + 1 FROM employee e JOIN line ON e.manager_id = line.id WHERE line.depth < 64
    ) SELECT id FROM line${includeSelf ? '' : ' WHERE depth > 0'}`;
}
