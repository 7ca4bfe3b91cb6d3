import { EventEmitter2 } from '@nestjs/event-emitter';
import { Injectable } from '@nestjs/common';
import { badInput, BusinessErrorCode as C, DomainResult, OrgCalendar, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { PracticeBudget } from './entities/practice-budget.entity';
import { PracticeBudgetDefault } from './entities/practice-budget-default.entity';
import { PracticeExtension } from './entities/practice-extension.entity';
import { PracticeSession } from './entities/practice-session.entity';
import { MetricAdjustment } from './entities/metric-adjustment.entity';
import { PracticeBudgetRepository, programKey } from './practice-budget.repository';
import { budgetExceeded, PracticeRefusal, PracticeRefusalCode, refusePractice } from './practice-failures';
import {
  AttachMetricAdjustmentCommand,
  DecidePracticeCommand,
  LogPracticeSessionCommand,
  ProposePracticeBudgetCommand,
  RequestPracticeExtensionCommand,
  SetPracticeBudgetDefaultCommand,
} from './practice-commands';
import { PRACTICE_BUDGET_DECIDED, PRACTICE_BUDGET_PROPOSED, PracticeBudgetDecided, PracticeBudgetProposed } from './practice-events';

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Practice budgets. Who may do what:
 * - propose / extend / attach a metric adjustment: a manager above the employee, or HR;
 * - approve or reject: the proposer's own manager, or HR — never the employee whose budget it is,
 *   never the proposer of that budget or extension; a budget only before its period starts;
 * - log sessions: the employee themself, against an approved budget, within its hours;
 * - see: the employee, their reporting line, HR.
 * A budget or employee the viewer may not see is NOT_FOUND; a refused action on a visible budget is
 * a failure with its PracticeRefusalCode (practice-failures.ts).
 */
@Injectable()
export class PracticeBudgetsService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly repo: PracticeBudgetRepository,
    private readonly employees: EmployeeRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async get(viewer: Viewer, id: string): Promise<PracticeBudget> {
    const budget = await this.repo.findBudget(id);
    await this.scope.assertCanSee(viewer, budget?.employeeId, 'PracticeBudget', id);
    return budget as PracticeBudget;
  }

  /** Budgets the viewer may see, optionally of one employee (NOT_FOUND if that employee is not visible). */
  async list(viewer: Viewer, employeeId?: string): Promise<PracticeBudget[]> {
    if (employeeId) await this.scope.assertCanSee(viewer, (await this.employees.findById(employeeId))?.id, 'Employee', employeeId);
    const params: unknown[] = [];
    const sql = this.scope.visibleEmployeesPredicate(viewer, 'b.employee_id', params);
    return this.repo.listBudgets({ sql, params }, employeeId);
  }

  listDefaults(): Promise<PracticeBudgetDefault[]> {
    return this.repo.listDefaults();
  }

  async setDefault(viewer: Viewer, input: SetPracticeBudgetDefaultCommand): Promise<PracticeBudgetDefault> {
    this.assertOneSkill(input);
    const existing = await this.repo.findDefault(input.pathLevelId, input.program);
    const before = existing ? { ...existing } : null;
    const saved = existing
      ? await this.repo.saveDefault(Object.assign(existing, { hours: input.hours }))
      : await this.repo.insertDefault({
        pathLevelId: input.pathLevelId ?? null,
        program: input.program?.trim() ?? null,
        programKey: input.program ? programKey(input.program) : null,
        hours: input.hours,
      });
    await this.audit.recordChange(viewer, 'setPracticeBudgetDefault', 'PracticeBudgetDefault', saved.id, before, { ...saved });
    return saved;
  }

  async propose(viewer: Viewer, input: ProposePracticeBudgetCommand): Promise<DomainResult<PracticeBudget, PracticeRefusalCode>> {
    this.assertOneSkill(input);
    const refused = await this.assertManagerOf(viewer, input.employeeId, 'Employee', input.employeeId);
    if (refused) return refused;
    if (input.periodEnd < input.periodStart) throw badInput('periodEnd', 'periodEnd must be on or after periodStart');
    if (input.periodStart < this.calendar.today()) throw badInput('periodStart', 'A budget is agreed before training starts: periodStart must be today or later');
    let hours = input.hours;
    if (hours === undefined) {
      const fallback = await this.repo.findDefault(input.pathLevelId, input.program);
      if (!fallback) throw badInput('hours', 'No default hours are set for this level or program; give hours');
      hours = fallback.hours;
    }
    const saved = await this.repo.insertBudget({
      employeeId: input.employeeId,
      proposedById: viewer.employeeId,
      pathLevelId: input.pathLevelId ?? null,
      program: input.program?.trim() ?? null,
      hours,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      status: 'PROPOSED',
    });
    await this.audit.recordChange(viewer, 'proposePracticeBudget', 'PracticeBudget', saved.id, null, plain(saved));
    const event: PracticeBudgetProposed = { budgetId: saved.id, employeeId: saved.employeeId, proposedById: saved.proposedById, hours: Number(saved.hours) };
    await this.events.emitAsync(PRACTICE_BUDGET_PROPOSED, event);
    return saved;
  }

  async decideBudget(viewer: Viewer, input: DecidePracticeCommand): Promise<DomainResult<PracticeBudget, PracticeRefusalCode>> {
    const budget = await this.get(viewer, input.id);
    const refused = (await this.approverRefusal(viewer, budget.employeeId, budget.proposedById, budget.status)) ??
      (input.approve && this.calendar.today() > budget.periodStart ? refusePractice(C.TRAINING_STARTED, 'The budget\'s period has started; agree budgets before training starts') : null);
    if (refused) return refused;
    const before = plain(budget);
    Object.assign(budget, { status: input.approve ? 'APPROVED' : 'REJECTED', decidedById: viewer.employeeId, decidedAt: new Date(), decisionNote: input.note ?? null });
    const saved = await this.repo.saveBudget(budget);
    await this.audit.recordChange(viewer, input.approve ? 'approvePracticeBudget' : 'rejectPracticeBudget', 'PracticeBudget', saved.id, before, plain(saved));
    const event: PracticeBudgetDecided = { budgetId: saved.id, employeeId: saved.employeeId, decidedById: viewer.employeeId, approved: input.approve, hours: Number(saved.hours) };
    await this.events.emitAsync(PRACTICE_BUDGET_DECIDED, event);
    return saved;
  }

  async requestExtension(viewer: Viewer, input: RequestPracticeExtensionCommand): Promise<DomainResult<PracticeExtension, PracticeRefusalCode>> {
    const budget = await this.get(viewer, input.budgetId);
    const refused = await this.assertManagerOf(viewer, budget.employeeId, 'PracticeBudget', budget.id);
    if (refused) return refused;
    if (budget.status !== 'APPROVED') return refusePractice(C.NOT_APPROVED, 'Only an approved budget can be extended');
    const saved = await this.repo.insertExtension({ budgetId: budget.id, extraHours: input.extraHours, reason: input.reason ?? null, proposedById: viewer.employeeId, status: 'PROPOSED' });
    await this.audit.recordChange(viewer, 'requestPracticeExtension', 'PracticeExtension', saved.id, null, { ...saved });
    return saved;
  }

  async decideExtension(viewer: Viewer, input: DecidePracticeCommand): Promise<DomainResult<PracticeExtension, PracticeRefusalCode>> {
    const extension = await this.repo.findExtension(input.id);
    const budget = extension ? await this.repo.findBudget(extension.budgetId) : null;
    await this.scope.assertCanSee(viewer, budget?.employeeId, 'PracticeExtension', input.id);
    const ext = extension as PracticeExtension;
    const b = budget as PracticeBudget;
    const refused = (await this.approverRefusal(viewer, b.employeeId, ext.proposedById, ext.status)) ??
      (input.approve && this.calendar.today() > b.periodEnd ? refusePractice(C.PERIOD_ENDED, 'The budget\'s period has ended') : null);
    if (refused) return refused;
    const before = { ...ext };
    Object.assign(ext, { status: input.approve ? 'APPROVED' : 'REJECTED', decidedById: viewer.employeeId, decidedAt: new Date() });
    const saved = await this.repo.saveExtension(ext);
    await this.audit.recordChange(viewer, input.approve ? 'approvePracticeExtension' : 'rejectPracticeExtension', 'PracticeExtension', saved.id, before, { ...saved });
    return saved;
  }

  async logSession(viewer: Viewer, input: LogPracticeSessionCommand): Promise<DomainResult<PracticeSession, PracticeRefusalCode | C.BUDGET_EXCEEDED>> {
    await this.get(viewer, input.budgetId);
    const budget = (await this.repo.lockBudget(input.budgetId)) as PracticeBudget;
    if (budget.employeeId !== viewer.employeeId) return refusePractice(C.NOT_YOUR_BUDGET, 'Only the employee logs practice sessions on their budget');
    if (budget.status !== 'APPROVED') return refusePractice(C.NOT_APPROVED, 'The budget has not been approved');
    if (input.practicedOn < budget.periodStart || input.practicedOn > budget.periodEnd) {
      throw badInput('practicedOn', `practicedOn must be within the budget period ${budget.periodStart}..${budget.periodEnd}`);
    }
    if (input.practicedOn > this.calendar.today()) throw badInput('practicedOn', 'practicedOn cannot be in the future');
    const [usage] = await this.repo.usage([budget.id]);
    const remainingMinutes = Math.round((budget.hours + usage.extraHours) * 60) - usage.usedMinutes;
    if (input.minutes > remainingMinutes) {
      return budgetExceeded(hoursOf(Math.max(remainingMinutes, 0)), hoursOf(input.minutes));
    }
    const saved = await this.repo.insertSession({ budgetId: budget.id, employeeId: budget.employeeId, practicedOn: input.practicedOn, minutes: input.minutes, note: input.note ?? null });
    await this.audit.recordChange(viewer, 'logPracticeSession', 'PracticeSession', saved.id, null, { ...saved });
    return saved;
  }

  async attachAdjustment(viewer: Viewer, input: AttachMetricAdjustmentCommand): Promise<DomainResult<MetricAdjustment, PracticeRefusalCode>> {
    const budget = await this.get(viewer, input.budgetId);
    const refused = await this.assertManagerOf(viewer, budget.employeeId, 'PracticeBudget', budget.id);
    if (refused) return refused;
    const startsOn = input.startsOn ?? budget.periodStart;
    const endsOn = input.endsOn ?? budget.periodEnd;
    if (endsOn < startsOn) throw badInput('endsOn', 'endsOn must be on or after startsOn');
    const saved = await this.repo.insertAdjustment({ budgetId: budget.id, employeeId: budget.employeeId, metricKey: input.metricKey, changePercent: input.changePercent, startsOn, endsOn, createdById: viewer.employeeId });
    await this.audit.recordChange(viewer, 'attachMetricAdjustment', 'MetricAdjustment', saved.id, null, { ...saved });
    return saved;
  }

  private assertOneSkill(input: { pathLevelId?: string; program?: string }): void {
    if (!!input.pathLevelId === !!input.program?.trim()) throw badInput('pathLevelId', 'Give exactly one of pathLevelId or program');
  }

  /** NOT_FOUND when the viewer may not see the employee; a refusal when they see but do not manage them. */
  private async assertManagerOf(viewer: Viewer, employeeId: string, entity: string, entityId: string): Promise<PracticeRefusal | null> {
    const employee = await this.employees.findById(employeeId);
    await this.scope.assertCanSee(viewer, employee?.id, entity, entityId);
    if (this.scope.isHr(viewer) && viewer.employeeId !== employeeId) return null;
    if (viewer.employeeId !== employeeId && (await this.scope.manages(viewer.employeeId, employeeId))) return null;
    return refusePractice(C.NOT_MANAGER, 'Only a manager in the employee\'s reporting line or HR can do this');
  }

  /** The approver is HR or the proposer's own manager; never the employee nor the proposer. */
  private async approverRefusal(viewer: Viewer, employeeId: string, proposedById: string, status: string): Promise<PracticeRefusal | null> {
    if (viewer.employeeId === employeeId) return refusePractice(C.OWN_BUDGET, 'You cannot approve your own practice budget');
    if (viewer.employeeId === proposedById) return refusePractice(C.OWN_PROPOSAL, 'You cannot approve your own proposal; the approver is your manager or HR');
    if (status !== 'PROPOSED') return refusePractice(C.ALREADY_DECIDED, `Already ${status.toLowerCase()}`);
    if (this.scope.isHr(viewer)) return null;
    const proposer = await this.employees.findById(proposedById);
    if (proposer?.managerId === viewer.employeeId) return null;
    return refusePractice(C.NOT_APPROVER, 'The approver is the proposing manager\'s manager or HR');
  }
}

function plain(b: PracticeBudget): Record<string, unknown> {
  const { employee: _e, proposedBy: _p, ...rest } = b;
  return rest;
}
