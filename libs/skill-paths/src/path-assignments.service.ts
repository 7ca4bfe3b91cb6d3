import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { badInput, BusinessErrorCode as C, DomainFailure, DomainResult, OrgCalendar, Page, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { EmployeeRepository, JobRolesService } from '@app/employees';
import { PathAssignment } from './entities/path-assignment.entity';
import { PathObservation } from './entities/path-observation.entity';
import { levelRank, PathLevelName } from './entities/path-level-name';
import { SkillPathRepository } from './skill-path.repository';
import { PathAssignmentRepository } from './path-assignment.repository';
import { LevelProgress, PathProgressService } from './path-progress.service';
import { PATH_ASSIGNED, PathAssigned } from './skill-path-events';
import {
  AddSelfEvidenceCommand,
  AssignPathCommand,
  EndPathAssignmentCommand,
  PathAssignmentListQuery,
  RecordObservationCommand,
  UpdatePathAssignmentCommand,
} from './skill-path-commands';
import { alreadyAssigned, assignmentEnded, notOnPath, notSelfEvidence, ownEvidence, targetBelowCurrent, targetDateInPast } from './skill-path-failures';

const plain = <T extends object>(row: T) => ({ ...row });

/** Assignments and observations; reads are scoped to the employee, their reporting line and HR. */
@Injectable()
export class PathAssignmentsService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly repo: PathAssignmentRepository,
    private readonly paths: SkillPathRepository,
    private readonly employees: EmployeeRepository,
    private readonly jobRoles: JobRolesService,
    private readonly progressService: PathProgressService,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async get(viewer: Viewer, id: string): Promise<PathAssignment> {
    const a = await this.repo.findById(id);
    await this.scope.assertCanSee(viewer, a?.employeeId, 'PathAssignment', id);
    return a as PathAssignment;
  }

  async list(viewer: Viewer, args: PathAssignmentListQuery): Promise<Page<PathAssignment>> {
    if (args.employeeId) await this.scope.assertEmployeeVisible(viewer, args.employeeId);
    const params: unknown[] = [];
    const sql = this.scope.visibleEmployeesPredicate(viewer, 'a.employee_id', params);
    return this.repo.list({ visible: { sql, params }, employeeId: args.employeeId, pathId: args.pathId, includeEnded: args.includeEnded, first: args.first ?? 50, after: args.after });
  }

  async progress(viewer: Viewer, assignmentId: string): Promise<{ assignment: PathAssignment; levels: LevelProgress[] }> {
    const assignment = await this.get(viewer, assignmentId);
    return { assignment, levels: await this.progressService.progress(assignment) };
  }

  async assign(viewer: Viewer, input: AssignPathCommand): Promise<DomainResult<PathAssignment, C.TARGET_BELOW_CURRENT | C.TARGET_DATE_IN_PAST | C.ALREADY_ASSIGNED>> {
    await this.assertManages(viewer, input.employeeId, 'Employee', input.employeeId);
    const [path] = await this.paths.pathsByIds([input.pathId]);
    if (!path) throw badInput('pathId', `No skill path with id ${input.pathId}`);
    const pastDate = this.pastTargetDate(input.targetDate);
    if (pastDate) return pastDate;
    await this.jobRoles.assertAssignable('pathId', path.jobRoleId);
    const existing = await this.repo.findByEmployeeAndPath(input.employeeId, input.pathId);
    if (existing) return alreadyAssigned(existing.id);
    const current = (input.currentLevel ?? null) as PathLevelName | null;
    if (levelRank(input.targetLevel) <= levelRank(current)) return targetBelowCurrent(current);
    const saved = await this.repo.insert({
      employeeId: input.employeeId,
      pathId: input.pathId,
      currentLevel: current,
      targetLevel: input.targetLevel,
      targetDate: input.targetDate ?? null,
      assignedById: viewer.employeeId,
    });
    await this.audit.recordChange(viewer, 'assignPath', 'PathAssignment', saved.id, null, plain(saved));
    const event: PathAssigned = { assignmentId: saved.id, employeeId: saved.employeeId, pathId: path.id, pathName: path.name, targetLevel: saved.targetLevel, targetDate: saved.targetDate };
    await this.events.emitAsync(PATH_ASSIGNED, event);
    return saved;
  }

  async update(viewer: Viewer, input: UpdatePathAssignmentCommand): Promise<DomainResult<PathAssignment, C.TARGET_BELOW_CURRENT | C.TARGET_DATE_IN_PAST | C.ASSIGNMENT_ENDED>> {
    const a = await this.repo.findById(input.id);
    await this.assertManages(viewer, a?.employeeId, 'PathAssignment', input.id);
    const assignment = a as PathAssignment;
    if (assignment.endedOn) return this.ended(viewer, 'updatePathAssignment', assignment);
    const pastDate = this.pastTargetDate(input.targetDate);
    if (pastDate) return pastDate;
    const before = plain(assignment);
    if (input.targetLevel !== undefined) {
      if (levelRank(input.targetLevel) <= levelRank(assignment.currentLevel)) return targetBelowCurrent(assignment.currentLevel);
      assignment.targetLevel = input.targetLevel;
    }
    if (input.targetDate !== undefined) assignment.targetDate = input.targetDate;
    const saved = await this.repo.save(assignment);
    await this.audit.recordChange(viewer, 'updatePathAssignment', 'PathAssignment', saved.id, before, plain(saved));
    return saved;
  }

  /** Ends an active assignment (HR or a manager above the employee): kept as history, no longer counted as active anywhere. */
  async end(viewer: Viewer, input: EndPathAssignmentCommand): Promise<DomainResult<PathAssignment, C.ASSIGNMENT_ENDED>> {
    const a = await this.repo.findById(input.id);
    await this.assertManages(viewer, a?.employeeId, 'PathAssignment', input.id);
    const assignment = a as PathAssignment;
    if (assignment.endedOn) return this.ended(viewer, 'endPathAssignment', assignment);
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', 'Say why the assignment ends');
    const today = this.calendar.today();
    const endedOn = input.endedOn ?? today;
    if (endedOn > today) throw badInput('endedOn', 'endedOn cannot be in the future');
    const started = assignment.createdAt.toISOString().slice(0, 10);
    if (endedOn < started && endedOn < today) throw badInput('endedOn', `endedOn cannot be before the assignment started (${started})`);
    const before = plain(assignment);
    Object.assign(assignment, { endedOn, endReason: reason, endedById: viewer.employeeId });
    const saved = await this.repo.save(assignment);
    await this.audit.recordChange(viewer, 'endPathAssignment', 'PathAssignment', saved.id, before, plain(saved));
    return saved;
  }

  /** A manager in the line (or HR) records an observation; it counts at once and may reach a level. */
  async recordObservation(viewer: Viewer, input: RecordObservationCommand): Promise<DomainResult<PathObservation, C.NOT_ON_PATH>> {
    await this.assertManages(viewer, input.employeeId, 'Employee', input.employeeId);
    const assignment = await this.assignmentForBehaviour(input.employeeId, input.behaviourId, input.observedOn);
    if (!assignment) return notOnPath();
    const saved = await this.insertObservation(viewer, input.employeeId, input, false);
    await this.progressService.evaluate(viewer, assignment);
    return saved;
  }

  /** The employee's own evidence; counts only once a manager in their line confirms it. */
  async addSelfEvidence(viewer: Viewer, input: AddSelfEvidenceCommand): Promise<DomainResult<PathObservation, C.NOT_ON_PATH>> {
    if (!(await this.assignmentForBehaviour(viewer.employeeId, input.behaviourId, input.observedOn))) return notOnPath();
    return this.insertObservation(viewer, viewer.employeeId, input, true);
  }

  async confirmObservation(viewer: Viewer, id: string): Promise<DomainResult<PathObservation, C.OWN_EVIDENCE | C.NOT_SELF_EVIDENCE>> {
    const o = await this.repo.observationById(id);
    await this.scope.assertCanSee(viewer, o?.employeeId, 'PathObservation', id);
    const obs = o as PathObservation;
    if (obs.employeeId === viewer.employeeId) return ownEvidence();
    if (!obs.selfReported || obs.confirmedAt) return notSelfEvidence();
    const before = plain(obs);
    obs.confirmedById = viewer.employeeId;
    obs.confirmedAt = new Date();
    const saved = await this.repo.saveObservation(obs);
    await this.audit.recordChange(viewer, 'confirmObservation', 'PathObservation', saved.id, before, plain(saved));
    const pathOf = await this.repo.pathOfBehaviour(saved.behaviourId);
    if (pathOf) await this.progressService.evaluateFor(viewer, saved.employeeId, pathOf.path.id);
    return saved;
  }

  private async insertObservation(viewer: Viewer, employeeId: string, input: AddSelfEvidenceCommand, selfReported: boolean): Promise<PathObservation> {
    const saved = await this.repo.insertObservation({
      employeeId,
      behaviourId: input.behaviourId,
      observedOn: input.observedOn,
      note: input.note ?? null,
      evidenceUrl: input.evidenceUrl ?? null,
      selfReported,
      recordedById: viewer.employeeId,
      confirmedById: null,
      confirmedAt: null,
    });
    await this.audit.recordChange(viewer, selfReported ? 'addSelfEvidence' : 'recordObservation', 'PathObservation', saved.id, null, plain(saved));
    return saved;
  }

  /** The employee's active assignment on the behaviour's path (null: not on it); bad input for an unknown behaviour or a date ahead. */
  private async assignmentForBehaviour(employeeId: string, behaviourId: string, observedOn: string): Promise<PathAssignment | null> {
    if (observedOn > this.calendar.today()) throw badInput('observedOn', 'An observation cannot be dated in the future');
    const pathOf = await this.repo.pathOfBehaviour(behaviourId);
    if (!pathOf) throw badInput('behaviourId', `No behaviour with id ${behaviourId}`);
    return this.repo.findByEmployeeAndPath(employeeId, pathOf.path.id);
  }

  /** A target date before today is refused in words (the union result, audited as REFUSED); null when it is fine. */
  private pastTargetDate(targetDate: string | null | undefined): DomainFailure<C.TARGET_DATE_IN_PAST> | null {
    const today = this.calendar.today();
    return targetDate && targetDate < today ? targetDateInPast(targetDate, today) : null;
  }

  private async ended(viewer: Viewer, action: string, a: PathAssignment): Promise<DomainFailure<C.ASSIGNMENT_ENDED>> {
    await this.audit.recordDenied(viewer, action, 'PathAssignment', a.id);
    return assignmentEnded(a.endedOn);
  }

  /**
   * HR or a manager above the employee may act; anyone else is refused as if the employee did not
   * exist (and the denial is audited). Acting on one's own record is FORBIDDEN.
   */
  private assertManages(viewer: Viewer, employeeId: string | null | undefined, entity: string, entityId: string): Promise<void> {
    return this.scope.assertManages(viewer, employeeId, entity, entityId);
  }
}
