import { Injectable } from '@nestjs/common';
import { notFound, Viewer } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { AuditService } from './audit/audit.service';

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
    const rows = await this.tx.query<{ found: boolean }>(
      `WITH RECURSIVE up AS (
         SELECT manager_id, 1 AS depth FROM employee WHERE id = $2
         UNION ALL
         SELECT e.manager_id, up.depth + 1 FROM employee e JOIN up ON e.id = up.manager_id WHERE up.depth < 64
       ) SELECT EXISTS (SELECT 1 FROM up WHERE manager_id = $1) AS found`,
      [managerId, employeeId],
    );
    return rows[0]?.found === true;
  }

  /** Throws NOT_FOUND (and records the denial) unless the viewer may see this employee's `entity`. */
  async assertCanSee(viewer: Viewer, employeeId: string | null | undefined, entity: string, entityId: string): Promise<void> {
    if (employeeId && (await this.canSee(viewer, employeeId))) return;
    await this.audit.recordDenied(viewer, 'read', entity, entityId);
    throw notFound(entity);
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
