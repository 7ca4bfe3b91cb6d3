import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { badInput, encodeCursor, notFound, OrgCalendar, Page, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { SnapshotSourceRepository } from './snapshot-source.repository';
import { SavedSnapshotRow, SnapshotRepository, SnapshotToSave } from './snapshot.repository';
import { buildSnapshots } from './domain/build-sections';
import { compareSections, SectionComparison } from './domain/compare';
import type { EmployeeSnapshot } from './domain/snapshot.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Employees assembled per statement batch when saving monthly snapshots. */
export const MONTHLY_BATCH = 200;
const HISTORY_LIMIT = 500;

/** From–to snapshots: live, per team, saved (monthly and on demand), compared. First argument: who is asking. */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly sources: SnapshotSourceRepository,
    private readonly repo: SnapshotRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
  ) {}


  /** Live snapshot of one employee (self, their managers up the line, HR; anyone else: NOT_FOUND). */
  async forEmployee(viewer: Viewer, employeeId: string): Promise<EmployeeSnapshot> {
    await this.assertCanSee(viewer, employeeId);
    const [snapshot] = await this.assemble([employeeId], this.calendar.today());
    if (!snapshot) throw notFound('Employee');
    return snapshot;
  }

  /** Live snapshots of everyone below `managerId` (default: the viewer), paged by name; constant statements per page. */
  async team(viewer: Viewer, managerId: string | undefined, first: number, after?: string): Promise<Page<EmployeeSnapshot>> {
    const manager = managerId ?? viewer.employeeId;
    if (manager !== viewer.employeeId) await this.assertCanSee(viewer, manager);
    const { ids, total } = await this.repo.linePage(manager, first, after);
    const pageIds = ids.slice(0, first);
    const snapshots = pageIds.length ? await this.assemble(pageIds.map((r) => r.id), this.calendar.today()) : [];
    const last = pageIds[pageIds.length - 1];
    return { nodes: snapshots, totalCount: total, pageInfo: { hasNextPage: ids.length > first, endCursor: last ? encodeCursor({ key: last.key, id: last.id }) : null } };
  }

  /** Saves today's snapshot of each of the employee's assignments (same day again: replaced). */
  async save(viewer: Viewer, employeeId: string): Promise<SavedSnapshotRow[]> {
    const snapshot = await this.forEmployee(viewer, employeeId);
    const saved = await this.repo.saveOnDemand(toRows(snapshot, viewer.employeeId));
    await this.audit.recordChange(viewer, 'saveSnapshot', 'EmployeeSnapshot', employeeId, null, { takenOn: snapshot.takenOn, ids: saved.map((s) => s.id) });
    return saved;
  }

  /**
   * Saves the month's snapshot for every active employee on a path, in batches of MONTHLY_BATCH
   * (each batch one transaction, a constant number of statements). Idempotent: a (employee,
   * assignment, month) already saved is left alone. Only the current month: a snapshot records today.
   */
  async saveMonthly(actor: Viewer | null, month: string): Promise<number> {
    if (!MONTH.test(month)) throw badInput('month', 'month must be yyyy-MM');
    const today = this.calendar.today();
    if (today.slice(0, 7) !== month) throw badInput('month', `Only the current month (${today.slice(0, 7)}) can be saved: a snapshot records today`);
    const periodMonth = `${month}-01`;
    let saved = 0;
    let after: string | null = null;
    for (;;) {
      const cursor: string | null = after;
      const batch = await this.tx.run(async () => {
        const ids = await this.repo.employeesWithAssignments(cursor, MONTHLY_BATCH);
        const snapshots = ids.length ? await this.assemble(ids, today) : [];
        const count = await this.repo.saveMonthly(snapshots.flatMap((s) => toRows(s, actor?.employeeId ?? null)), periodMonth);
        return { ids, count };
      });
      saved += batch.count;
      if (batch.ids.length < MONTHLY_BATCH) break;
      after = batch.ids[batch.ids.length - 1];
    }
    await this.tx.run(() => this.audit.recordChange(actor, 'saveMonthlySnapshots', 'EmployeeSnapshot', null, null, { month, saved }));
    return saved;
  }

  async history(viewer: Viewer, employeeId: string): Promise<SavedSnapshotRow[]> {
    await this.assertCanSee(viewer, employeeId);
    return this.repo.history(employeeId, HISTORY_LIMIT);
  }

  /** Per assignment: the latest snapshots saved on or before `from` and `to`, and the levels and behaviours gained between. */
  async compare(viewer: Viewer, employeeId: string, from: string, to: string): Promise<SectionComparison[]> {
    if (DateTime.fromISO(from) > DateTime.fromISO(to)) throw badInput('from', 'from must be on or before to');
    await this.assertCanSee(viewer, employeeId);
    const before = new Map((await this.repo.latestOnOrBefore(employeeId, from)).map((r) => [r.assignment_id, r]));
    const after = await this.repo.latestOnOrBefore(employeeId, to);
    if (before.size === 0) throw badInput('from', `No snapshot saved on or before ${from}`);
    return after
      .filter((r) => before.has(r.assignment_id))
      .map((r) => {
        const b = before.get(r.assignment_id) as SavedSnapshotRow;
        return compareSections({ takenOn: b.taken_on, section: b.content }, { takenOn: r.taken_on, section: r.content });
      })
      .sort((x, y) => x.pathName.localeCompare(y.pathName));
  }

  private async assemble(employeeIds: readonly string[], today: string): Promise<EmployeeSnapshot[]> {
    return buildSnapshots(employeeIds, await this.sources.load(employeeIds, today), today);
  }

  /** NOT_FOUND (audited) for a malformed id as for a missing or hidden one. */
  private async assertCanSee(viewer: Viewer, employeeId: string): Promise<void> {
    if (!UUID.test(employeeId)) {
      await this.audit.recordDenied(viewer, 'read', 'Employee', null);
      throw notFound('Employee');
    }
    await this.scope.assertEmployeeVisible(viewer, employeeId);
  }
}

function toRows(snapshot: EmployeeSnapshot, takenById: string | null): SnapshotToSave[] {
  return snapshot.sections.map((s) => ({ employee_id: snapshot.employeeId, assignment_id: s.assignmentId, taken_on: snapshot.takenOn, content: s, taken_by_id: takenById }));
}
