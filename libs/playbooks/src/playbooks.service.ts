import { Inject, Injectable, Optional } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig, AppError, badInput, Clock, forbidden, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { EmployeeRepository } from '@app/employees';
import { PlaybookTemplate } from './entities/playbook-template.entity';
import { PlaybookTemplateStep } from './entities/playbook-template-step.entity';
import { PlaybookRun } from './entities/playbook-run.entity';
import { PlaybookRunStep } from './entities/playbook-run-step.entity';
import { PlaybookRepository } from './playbook.repository';
import { ManagerScorecardRepository, ScorecardRow } from './manager-scorecard.repository';
import { DEFAULT_PLAYBOOK_STEPS, offsetProblem, StepSpec } from './domain/default-steps';
import { OBSERVATION_RECORDER, ObservationRecorder } from './observation-recorder';
import { CompletePlaybookStepInput, CreatePlaybookTemplateInput, StartPlaybookRunInput } from './api/inputs/playbook.inputs';

export interface Scorecard extends ScorecardRow {
  managerId: string;
  month: string;
}

/**
 * Before-and-after playbooks. HR writes templates; a manager above the employee (or HR) starts a
 * run; the run's manager, anyone above the employee, or HR completes steps. An employee or run the
 * viewer may not see is NOT_FOUND; the employee acting on their own run is FORBIDDEN.
 */
@Injectable()
export class PlaybooksService {
  constructor(
    private readonly repo: PlaybookRepository,
    private readonly scorecards: ManagerScorecardRepository,
    private readonly employees: EmployeeRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Optional() @Inject(OBSERVATION_RECORDER) private readonly recorder?: ObservationRecorder,
  ) {}

  today(): string {
    return this.clock.today(this.config.ORG_TIME_ZONE);
  }

  listTemplates(): Promise<PlaybookTemplate[]> {
    return this.repo.listTemplates();
  }

  async createTemplate(viewer: Viewer, input: CreatePlaybookTemplateInput): Promise<PlaybookTemplate> {
    if (await this.repo.findTemplateByName(input.name)) throw badInput('name', `A playbook template named "${input.name}" already exists`);
    const steps: StepSpec[] = input.steps?.map((s) => ({ kind: s.kind, title: s.title, guidance: s.guidance ?? '', offsetDays: s.offsetDays })) ?? [...DEFAULT_PLAYBOOK_STEPS];
    steps.forEach((s, i) => {
      const problem = offsetProblem(s);
      if (problem) throw badInput(`steps.${i}.offsetDays`, problem);
    });
    const template = await this.tx.manager.save(PlaybookTemplate, this.tx.manager.create(PlaybookTemplate, { name: input.name, description: input.description ?? null, active: true }));
    await this.tx.manager.insert(PlaybookTemplateStep, steps.map((s, i) => ({ ...s, templateId: template.id, position: i + 1 })));
    await this.audit.recordChange(viewer, 'createPlaybookTemplate', 'PlaybookTemplate', template.id, null, { ...template, steps });
    return template;
  }

  async getRun(viewer: Viewer, id: string): Promise<PlaybookRun> {
    const run = await this.repo.findRun(id);
    await this.scope.assertCanSee(viewer, run?.employeeId, 'PlaybookRun', id);
    return run as PlaybookRun;
  }

  async listRuns(viewer: Viewer, filter: { employeeId?: string; managerId?: string; status?: string }): Promise<PlaybookRun[]> {
    if (filter.employeeId) await this.scope.assertEmployeeVisible(viewer, filter.employeeId);
    const params: unknown[] = [];
    const sql = this.scope.visibleEmployeesPredicate(viewer, 'r.employee_id', params);
    return this.repo.listRuns({ sql, params }, filter);
  }

  async startRun(viewer: Viewer, input: StartPlaybookRunInput): Promise<PlaybookRun> {
    const employee = await this.employees.findById(input.employeeId);
    // The employee themself sees the run but may not start one; a manager outside the line, or a missing employee,
    // is NOT_FOUND (both at the cost of one reporting-line check: see AccessScope.assertCanSee).
    if (employee && employee.id === viewer.employeeId) throw forbidden();
    const hr = this.scope.isHr(viewer);
    await this.scope.assertCanSee(viewer, employee?.id, 'Employee', input.employeeId);
    const inLine = !hr || (await this.scope.manages(viewer.employeeId, input.employeeId));
    const template = await this.repo.findTemplate(input.templateId);
    if (!template || !template.active) throw badInput('templateId', 'No active playbook template with this id');
    const run = await this.tx.manager.save(
      PlaybookRun,
      this.tx.manager.create(PlaybookRun, {
        templateId: template.id,
        employeeId: input.employeeId,
        managerId: inLine ? viewer.employeeId : (employee?.managerId ?? viewer.employeeId),
        startedById: viewer.employeeId,
        trainingName: input.trainingName,
        trainingDate: input.trainingDate,
        pathLevelId: input.pathLevelId ?? null,
        certificationId: input.certificationId ?? null,
        status: 'OPEN',
      }),
    );
    await this.repo.copySteps(run.id, template.id, input.trainingDate);
    await this.audit.recordChange(viewer, 'startPlaybookRun', 'PlaybookRun', run.id, null, plainRun(run));
    return run;
  }

  async completeStep(viewer: Viewer, input: CompletePlaybookStepInput): Promise<PlaybookRunStep> {
    const step = await this.repo.findStep(input.stepId);
    const run = step ? await this.repo.findRun(step.runId) : null;
    await this.scope.assertCanSee(viewer, run?.employeeId, 'PlaybookRunStep', input.stepId);
    const s = step as PlaybookRunStep;
    const r = run as PlaybookRun;
    if (r.employeeId === viewer.employeeId) throw forbidden();
    if (s.completedAt) throw new AppError('CONFLICT', 'This step is already completed');
    if (input.behaviourId && s.kind !== 'AFTER') throw badInput('behaviourId', 'Only an AFTER step records an observed behaviour');
    const completedOn = input.completedOn ?? this.today();
    if (completedOn > this.today()) throw badInput('completedOn', 'completedOn cannot be in the future');
    const before = { ...s };
    let observationId: string | null = null;
    if (input.behaviourId && this.recorder) {
      observationId = await this.recorder.record(viewer, { employeeId: r.employeeId, behaviourId: input.behaviourId, observedOn: completedOn, note: input.note ?? null });
    }
    Object.assign(s, { completedOn, completedAt: new Date(), completedById: viewer.employeeId, note: input.note ?? null, behaviourId: input.behaviourId ?? null, observationId });
    const saved = await this.tx.manager.save(PlaybookRunStep, s);
    await this.audit.recordChange(viewer, 'completePlaybookStep', 'PlaybookRunStep', saved.id, before, { ...saved });
    if (await this.repo.completeRunIfDone(r.id)) await this.audit.recordChange(viewer, 'completePlaybookRun', 'PlaybookRun', r.id, { status: 'OPEN' }, { status: 'COMPLETED' });
    return saved;
  }

  myOverdueSteps(viewer: Viewer): Promise<PlaybookRunStep[]> {
    return this.repo.overdueStepsOf(viewer.employeeId, this.today());
  }

  /** Moves the employee's open runs to the new manager (called inside the change's transaction). */
  async moveOpenRuns(employeeId: string, newManagerId: string | null): Promise<string[]> {
    if (!newManagerId) return [];
    const moved = await this.repo.moveOpenRuns(employeeId, newManagerId);
    if (moved.length) await this.audit.recordChange(null, 'movePlaybookRuns', 'Employee', employeeId, null, { runIds: moved, managerId: newManagerId });
    return moved;
  }

  /** The scorecard of a manager (yourself, someone below you, anyone for HR) for a month (default: this month). */
  async scorecard(viewer: Viewer, managerId: string, month?: string): Promise<Scorecard> {
    await this.scope.assertCanSee(viewer, (await this.employees.findById(managerId))?.id, 'ManagerScorecard', managerId);
    const today = this.today();
    const start = month ? DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }) : DateTime.fromISO(today, { zone: 'UTC' }).startOf('month');
    if (!start.isValid) throw badInput('month', 'month must be yyyy-MM');
    const row = await this.scorecards.scorecard({
      managerId,
      monthStart: start.toISODate() as string,
      monthEnd: start.endOf('month').toISODate() as string,
      today,
      newSince: DateTime.fromISO(today, { zone: 'UTC' }).minus({ days: 89 }).toISODate() as string,
    });
    return { ...row, managerId, month: start.toFormat('yyyy-MM') };
  }
}

function plainRun(r: PlaybookRun): Record<string, unknown> {
  const { employee: _e, manager: _m, template: _t, ...rest } = r;
  return rest;
}
