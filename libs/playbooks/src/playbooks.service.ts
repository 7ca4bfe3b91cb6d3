import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { badInput, BusinessErrorCode as C, Clock, DomainResult, fail, forbidden, isFailure, OrgCalendar, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { PlaybookRun } from './entities/playbook-run.entity';
import { PlaybookRunStep } from './entities/playbook-run-step.entity';
import { PlaybookRepository, RunFilter } from './playbook.repository';
import { PlaybookRefusal, PlaybookRefusalCode, refuse } from './domain/refusal';
import { OBSERVATION_RECORDER, ObservationRecorder } from './observation-recorder';
import { RunReferenceCheck } from './run-reference.check';
import { PLAYBOOK_RUN_STARTED, PlaybookRunStarted } from './playbook-events';
import { CancelPlaybookRunCommand, CompletePlaybookStepCommand, StartPlaybookRunCommand, UpdatePlaybookRunCommand } from './playbook-commands';

/**
 * Before-and-after playbook runs. A manager above the employee (or HR) starts a run; the run's
 * manager, anyone above the employee, or HR completes steps or cancels it. An employee or run the
 * viewer may not see is NOT_FOUND; the employee acting on their own run is FORBIDDEN.
 */
@Injectable()
export class PlaybooksService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly repo: PlaybookRepository,
    private readonly employees: EmployeeRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly references: RunReferenceCheck,
    private readonly events: EventEmitter2,
    @Optional() @Inject(OBSERVATION_RECORDER) private readonly recorder?: ObservationRecorder,
  ) {}

  async getRun(viewer: Viewer, id: string): Promise<PlaybookRun> {
    const run = await this.repo.findRun(id);
    await this.scope.assertCanSee(viewer, run?.employeeId, 'PlaybookRun', id);
    return run as PlaybookRun;
  }

  async listRuns(viewer: Viewer, filter: RunFilter): Promise<PlaybookRun[]> {
    return this.repo.listRuns(await this.visibleRuns(viewer, filter), filter);
  }

  /** The runs `listRuns` answers, as one JSON array of `object` per run (runJsonSql). */
  async listRunsJson(viewer: Viewer, filter: RunFilter, object: string): Promise<string> {
    return this.repo.listRunsJson(await this.visibleRuns(viewer, filter), filter, object);
  }

  private async visibleRuns(viewer: Viewer, filter: RunFilter): Promise<{ sql: string; params: unknown[] }> {
    if (filter.employeeId) await this.scope.assertEmployeeVisible(viewer, filter.employeeId);
    const params: unknown[] = [];
    return { sql: this.scope.visibleEmployeesPredicate(viewer, 'r.employee_id', params), params };
  }

  async startRun(viewer: Viewer, input: StartPlaybookRunCommand): Promise<DomainResult<PlaybookRun, PlaybookRefusalCode>> {
    const employee = await this.employees.findById(input.employeeId);
    // The employee themself sees the run but may not start one; a manager outside the line, or a missing employee,
    // is NOT_FOUND (both at the cost of one reporting-line check: see AccessScope.assertCanSee).
    if (employee && employee.id === viewer.employeeId) throw forbidden();
    const hr = this.scope.isHr(viewer);
    await this.scope.assertCanSee(viewer, employee?.id, 'Employee', input.employeeId);
    const inLine = !hr || (await this.scope.manages(viewer.employeeId, input.employeeId));
    const template = await this.repo.findTemplate(input.templateId);
    if (!template) throw badInput('templateId', 'No playbook template with this id');
    const refusal = template.active
      ? await this.references.problem(input.employeeId, input.pathLevelId, input.certificationId)
      : refuse(C.PLAYBOOK_TEMPLATE_RETIRED, `The playbook template "${template.name}" is retired: HR brings it back before runs start from it`, 'templateId');
    if (refusal) return this.refused(viewer, 'startPlaybookRun', 'Employee', input.employeeId, refusal);
    const run = await this.repo.insertRun({
      templateId: template.id,
      employeeId: input.employeeId,
      managerId: inLine ? viewer.employeeId : (employee?.managerId ?? viewer.employeeId),
      startedById: viewer.employeeId,
      trainingName: input.trainingName.trim(),
      trainingDate: input.trainingDate,
      pathLevelId: input.pathLevelId ?? null,
      certificationId: input.certificationId ?? null,
      status: 'OPEN',
    });
    await this.repo.copySteps(run.id, template.id, input.trainingDate, this.calendar.today());
    await this.audit.recordChange(viewer, 'startPlaybookRun', 'PlaybookRun', run.id, null, plainRun(run));
    const event: PlaybookRunStarted = { runId: run.id, employeeId: run.employeeId, managerId: run.managerId, trainingName: run.trainingName, trainingDate: run.trainingDate };
    await this.events.emitAsync(PLAYBOOK_RUN_STARTED, event);
    return run;
  }

  async completeStep(viewer: Viewer, input: CompletePlaybookStepCommand): Promise<DomainResult<PlaybookRunStep, PlaybookRefusalCode | C.STEP_ALREADY_COMPLETED | C.NOT_ON_PATH>> {
    const step = await this.repo.findStep(input.stepId);
    const r = await this.runToActOn(viewer, step ? await this.repo.findRun(step.runId) : null, 'PlaybookRunStep', input.stepId);
    const s = step as PlaybookRunStep;
    if (s.completedAt) return fail(C.STEP_ALREADY_COMPLETED, `This step was already completed on ${s.completedOn}`);
    if (input.behaviourId && s.kind !== 'AFTER') throw badInput('behaviourId', 'Only an AFTER step records an observed behaviour');
    const completedOn = input.completedOn ?? this.calendar.today();
    if (completedOn > this.calendar.today()) throw badInput('completedOn', 'completedOn cannot be in the future');
    if (r.status !== 'OPEN') return this.refused(viewer, 'completePlaybookStep', 'PlaybookRunStep', s.id, notOpen(r));
    if (s.kind === 'AFTER' && completedOn < r.trainingDate) {
      const refusal = refuse(C.BEFORE_TRAINING, `An after-training step can be completed from the training date (${r.trainingDate}) on`, 'completedOn');
      return this.refused(viewer, 'completePlaybookStep', 'PlaybookRunStep', s.id, refusal);
    }
    const before = { ...s };
    let observationId: string | null = null;
    if (input.behaviourId && this.recorder) {
      const recorded = await this.recorder.record(viewer, { employeeId: r.employeeId, behaviourId: input.behaviourId, observedOn: completedOn, note: input.note ?? null });
      if (isFailure(recorded)) return recorded;
      observationId = recorded;
    }
    Object.assign(s, { completedOn, completedAt: new Date(), completedById: viewer.employeeId, note: input.note ?? null, behaviourId: input.behaviourId ?? null, observationId });
    const saved = await this.repo.saveStep(s);
    await this.audit.recordChange(viewer, 'completePlaybookStep', 'PlaybookRunStep', saved.id, before, { ...saved });
    if (await this.repo.completeRunIfDone(r.id)) await this.audit.recordChange(viewer, 'completePlaybookRun', 'PlaybookRun', r.id, { status: 'OPEN' }, { status: 'COMPLETED' });
    return saved;
  }

  /** Stops an open run: it stays visible as CANCELLED with the reason; its open steps are no longer due or notified. */
  async cancelRun(viewer: Viewer, input: CancelPlaybookRunCommand): Promise<DomainResult<PlaybookRun, PlaybookRefusalCode>> {
    const r = await this.runToActOn(viewer, await this.repo.findRun(input.runId), 'PlaybookRun', input.runId);
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', 'Say why the run is cancelled');
    if (r.status !== 'OPEN') return this.refused(viewer, 'cancelPlaybookRun', 'PlaybookRun', r.id, notOpen(r));
    const before = plainRun(r);
    Object.assign(r, { status: 'CANCELLED', cancelledAt: this.clock.now().toJSDate(), cancelledById: viewer.employeeId, cancelReason: reason });
    const saved = await this.repo.saveRun(r);
    await this.audit.recordChange(viewer, 'cancelPlaybookRun', 'PlaybookRun', saved.id, before, plainRun(saved));
    return saved;
  }

  /** Corrects an open run's training name or date; open steps are re-dated from the new date (never before today). */
  async updateRun(viewer: Viewer, input: UpdatePlaybookRunCommand): Promise<DomainResult<PlaybookRun, PlaybookRefusalCode>> {
    const r = await this.runToActOn(viewer, await this.repo.findRun(input.runId), 'PlaybookRun', input.runId);
    if (r.status !== 'OPEN') return this.refused(viewer, 'updatePlaybookRun', 'PlaybookRun', r.id, notOpen(r));
    const before = plainRun(r);
    if (input.trainingName !== undefined) {
      if (!input.trainingName.trim()) throw badInput('trainingName', 'The training name cannot be blank');
      r.trainingName = input.trainingName.trim();
    }
    if (input.trainingDate !== undefined && input.trainingDate !== r.trainingDate) {
      await this.repo.redateOpenSteps(r.id, r.trainingDate, input.trainingDate, this.calendar.today());
      r.trainingDate = input.trainingDate;
    }
    const saved = await this.repo.saveRun(r);
    await this.audit.recordChange(viewer, 'updatePlaybookRun', 'PlaybookRun', saved.id, before, plainRun(saved));
    return saved;
  }

  myOverdueSteps(viewer: Viewer): Promise<PlaybookRunStep[]> {
    return this.repo.overdueStepsOf(viewer.employeeId, this.calendar.today());
  }

  /** Moves the employee's open runs to the new manager (called inside the change's transaction). */
  async moveOpenRuns(employeeId: string, newManagerId: string | null): Promise<string[]> {
    if (!newManagerId) return [];
    const moved = await this.repo.moveOpenRuns(employeeId, newManagerId);
    if (moved.length) await this.audit.recordChange(null, 'movePlaybookRuns', 'Employee', employeeId, null, { runIds: moved, managerId: newManagerId });
    return moved;
  }

  /** The run, when the viewer may act on it: NOT_FOUND outside their sight, FORBIDDEN on their own. */
  private async runToActOn(viewer: Viewer, run: PlaybookRun | null, entity: string, id: string): Promise<PlaybookRun> {
    await this.scope.assertCanSee(viewer, run?.employeeId, entity, id);
    if ((run as PlaybookRun).employeeId === viewer.employeeId) {
      await this.audit.recordDenied(viewer, 'write', entity, id);
      throw forbidden();
    }
    return run as PlaybookRun;
  }

  private async refused(viewer: Viewer, action: string, entity: string, id: string, refusal: PlaybookRefusal): Promise<PlaybookRefusal> {
    await this.audit.recordDenied(viewer, action, entity, id);
    return refusal;
  }
}

const notOpen = (r: PlaybookRun) => refuse(C.RUN_NOT_OPEN, `This run is ${r.status.toLowerCase()}`);

function plainRun(r: PlaybookRun): Record<string, unknown> {
  const { employee: _e, manager: _m, template: _t, ...rest } = r;
  return rest;
}
