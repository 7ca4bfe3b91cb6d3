import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DateTime } from 'luxon';
import { badInput, OrgCalendar, Page, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { EmployeeRepository, JobRolesService } from '@app/employees';
import { PathAssignment } from './entities/path-assignment.entity';
import { PathObservation } from './entities/path-observation.entity';
import { levelRank, PathLevelName } from './entities/path-level-name';
import { SkillPathRepository } from './skill-path.repository';
import { PathAssignmentRepository } from './path-assignment.repository';
import { LevelProgress, PathProgressService } from './path-progress.service';
import { PATH_ASSIGNED, PathAssigned } from './skill-path-events';
import { AddSelfEvidenceInput, AssignPathInput, EndPathAssignmentInput, PathAssignmentListArgs, RecordObservationInput, UpdatePathAssignmentInput } from './api/inputs/assignment.inputs';
import { AlreadyAssignedError, AssignmentEndedError, NotSelfEvidenceError, OwnEvidenceError, TargetBelowCurrentError, TargetDateInPastError } from './api/types/skill-path-results';

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
    private readonly tx: TransactionHost,
    private readonly events: EventEmitter2,
  ) {}

  async get(viewer: Viewer, id: string): Promise<PathAssignment> {
    const a = await this.repo.findById(id);
    await this.scope.assertCanSee(viewer, a?.employeeId, 'PathAssignment', id);
    return a as PathAssignment;
  }

  async list(viewer: Viewer, args: PathAssignmentListArgs): Promise<Page<PathAssignment>> {
    if (args.employeeId) await this.scope.assertEmployeeVisible(viewer, args.employeeId);
    const params: unknown[] = [];
    const sql = this.scope.visibleEmployeesPredicate(viewer, 'a.employee_id', params);
    return this.repo.list({ visible: { sql, params }, employeeId: args.employeeId, pathId: args.pathId, includeEnded: args.includeEnded, first: args.first ?? 50, after: args.after });
  }

  async progress(viewer: Viewer, assignmentId: string): Promise<{ assignment: PathAssignment; levels: LevelProgress[] }> {
    const assignment = await this.get(viewer, assignmentId);
    return { assignment, levels: await this.progressService.progress(assignment) };
  }

  async assign(viewer: Viewer, input: AssignPathInput): Promise<PathAssignment | TargetBelowCurrentError | TargetDateInPastError | AlreadyAssignedError> {
    await this.assertManages(viewer, input.employeeId, 'Employee', input.employeeId);
    const [path] = await this.paths.pathsByIds([input.pathId]);
    if (!path) throw badInput('pathId', `No skill path with id ${input.pathId}`);
    const pastDate = this.pastTargetDate(input.targetDate);
    if (pastDate) return pastDate;
    await this.jobRoles.assertAssignable('pathId', path.jobRoleId);
    const existing = await this.repo.findByEmployeeAndPath(input.employeeId, input.pathId);
    if (existing) return Object.assign(new AlreadyAssignedError(), { message: 'The employee is already on this path', assignmentId: existing.id });
    const current = (input.currentLevel ?? null) as PathLevelName | null;
    if (levelRank(input.targetLevel) <= levelRank(current)) return targetBelow(current);
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

  async update(viewer: Viewer, input: UpdatePathAssignmentInput): Promise<PathAssignment | TargetBelowCurrentError | TargetDateInPastError | AssignmentEndedError> {
    const a = await this.repo.findById(input.id);
    await this.assertManages(viewer, a?.employeeId, 'PathAssignment', input.id);
    const assignment = a as PathAssignment;
    if (assignment.endedOn) return this.ended(viewer, 'updatePathAssignment', assignment);
    const pastDate = this.pastTargetDate(input.targetDate);
    if (pastDate) return pastDate;
    const before = plain(assignment);
    if (input.targetLevel !== undefined) {
      if (levelRank(input.targetLevel) <= levelRank(assignment.currentLevel)) return targetBelow(assignment.currentLevel);
      assignment.targetLevel = input.targetLevel;
    }
    if (input.targetDate !== undefined) assignment.targetDate = input.targetDate;
    const saved = await this.tx.manager.save(PathAssignment, assignment);
    await this.audit.recordChange(viewer, 'updatePathAssignment', 'PathAssignment', saved.id, before, plain(saved));
    return saved;
  }

  /** Ends an active assignment (HR or a manager above the employee): kept as history, no longer counted as active anywhere. */
  async end(viewer: Viewer, input: EndPathAssignmentInput): Promise<PathAssignment | AssignmentEndedError> {
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
    const saved = await this.tx.manager.save(PathAssignment, assignment);
    await this.audit.recordChange(viewer, 'endPathAssignment', 'PathAssignment', saved.id, before, plain(saved));
    return saved;
  }

  /** A manager in the line (or HR) records an observation; it counts at once and may reach a level. */
  async recordObservation(viewer: Viewer, input: RecordObservationInput): Promise<PathObservation> {
    await this.assertManages(viewer, input.employeeId, 'Employee', input.employeeId);
    const assignment = await this.assignmentForBehaviour(input.employeeId, input.behaviourId, input.observedOn);
    const saved = await this.insertObservation(viewer, input.employeeId, input, false);
    await this.progressService.evaluate(viewer, assignment);
    return saved;
  }

  /** The employee's own evidence; counts only once a manager in their line confirms it. */
  async addSelfEvidence(viewer: Viewer, input: AddSelfEvidenceInput): Promise<PathObservation> {
    await this.assignmentForBehaviour(viewer.employeeId, input.behaviourId, input.observedOn);
    return this.insertObservation(viewer, viewer.employeeId, input, true);
  }

  async confirmObservation(viewer: Viewer, id: string): Promise<PathObservation | OwnEvidenceError | NotSelfEvidenceError> {
    const o = await this.repo.observationById(id);
    await this.scope.assertCanSee(viewer, o?.employeeId, 'PathObservation', id);
    const obs = o as PathObservation;
    if (obs.employeeId === viewer.employeeId) return Object.assign(new OwnEvidenceError(), { message: 'Your own evidence is confirmed by a manager in your line' });
    if (!obs.selfReported || obs.confirmedAt) return Object.assign(new NotSelfEvidenceError(), { message: 'Only unconfirmed self-evidence can be confirmed' });
    const before = plain(obs);
    obs.confirmedById = viewer.employeeId;
    obs.confirmedAt = new Date();
    const saved = await this.tx.manager.save(PathObservation, obs);
    await this.audit.recordChange(viewer, 'confirmObservation', 'PathObservation', saved.id, before, plain(saved));
    const pathOf = await this.repo.pathOfBehaviour(saved.behaviourId);
    if (pathOf) await this.progressService.evaluateFor(viewer, saved.employeeId, pathOf.path.id);
    return saved;
  }

  private async insertObservation(viewer: Viewer, employeeId: string, input: AddSelfEvidenceInput, selfReported: boolean): Promise<PathObservation> {
    const saved = await this.tx.manager.save(
      PathObservation,
      this.tx.manager.create(PathObservation, {
        employeeId,
        behaviourId: input.behaviourId,
        observedOn: input.observedOn,
        note: input.note ?? null,
        evidenceUrl: input.evidenceUrl ?? null,
        selfReported,
        recordedById: viewer.employeeId,
        confirmedById: null,
        confirmedAt: null,
      }),
    );
    await this.audit.recordChange(viewer, selfReported ? 'addSelfEvidence' : 'recordObservation', 'PathObservation', saved.id, null, plain(saved));
    return saved;
  }

  /** The employee's assignment on the behaviour's path; bad input when there is none or the date is ahead. */
  private async assignmentForBehaviour(employeeId: string, behaviourId: string, observedOn: string): Promise<PathAssignment> {
    if (observedOn > this.calendar.today()) throw badInput('observedOn', 'An observation cannot be dated in the future');
    const pathOf = await this.repo.pathOfBehaviour(behaviourId);
    if (!pathOf) throw badInput('behaviourId', `No behaviour with id ${behaviourId}`);
    const assignment = await this.repo.findByEmployeeAndPath(employeeId, pathOf.path.id);
    if (!assignment) throw badInput('behaviourId', 'The employee is not assigned to the path of this behaviour');
    return assignment;
  }

  /** A target date before today is refused in words (the union result, audited as REFUSED); null when it is fine. */
  private pastTargetDate(targetDate: string | null | undefined): TargetDateInPastError | null {
    const today = this.calendar.today();
    if (!targetDate || targetDate >= today) return null;
    return Object.assign(new TargetDateInPastError(), { message: `The target date ${readable(targetDate)} is in the past. Pick today (${readable(today)}) or a later date.`, field: 'targetDate', earliest: today });
  }

  private async ended(viewer: Viewer, action: string, a: PathAssignment): Promise<AssignmentEndedError> {
    await this.audit.recordDenied(viewer, action, 'PathAssignment', a.id);
    return Object.assign(new AssignmentEndedError(), { message: `This assignment ended on ${a.endedOn}`, endedOn: a.endedOn });
  }

  /**
   * HR or a manager above the employee may act; anyone else is refused as if the employee did not
   * exist (and the denial is audited). Acting on one's own record is FORBIDDEN.
   */
  private assertManages(viewer: Viewer, employeeId: string | null | undefined, entity: string, entityId: string): Promise<void> {
    return this.scope.assertManages(viewer, employeeId, entity, entityId);
  }
}

/** "2026-03-09" → "9 Mar 2026", as the console shows dates. */
const readable = (isoDate: string) => DateTime.fromISO(isoDate).toFormat('d LLL yyyy');

function targetBelow(currentLevel: PathLevelName | null): TargetBelowCurrentError {
  return Object.assign(new TargetBelowCurrentError(), { message: 'The target level must be above the current level', field: 'targetLevel', currentLevel });
}
