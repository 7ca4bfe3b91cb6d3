import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { DateTime } from 'luxon';
import { consoleRoutes } from '@app/shared';
import { EmployeeRepository } from '@app/employees';
import { PLAYBOOK_RUN_STARTED, PlaybookRunStarted } from '@app/playbooks';
import { PATH_ASSIGNED, PathAssigned } from '@app/skill-paths';
import { PRACTICE_BUDGET_DECIDED, PRACTICE_BUDGET_PROPOSED, PracticeBudgetDecided, PracticeBudgetProposed } from '@app/practice-budgets';
import { INCENTIVE_AWARDS_PENDING, IncentiveAwardsPending, IncentiveRepository } from '@app/incentives';
import { WorkflowNotice, WorkflowNotifier } from './workflow-notifier';

const LISTEN = { promisify: true, suppressErrors: false } as const;
/** A date as people read it in a notice: 24 Dec 2026. */
const readable = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).toFormat('d LLL yyyy', { locale: 'en' });
const hours = (h: number) => `${h} practice hour${h === 1 ? '' : 's'}`;

/**
 * Who hears about what, in-app, inside the change's transaction:
 * a budget proposed → its approver (the proposer's manager, else every HR admin); a budget decided →
 * the employee; a run started → the employee and the run's manager; a path assigned → the employee;
 * an award pending → every HR admin (who approve awards). Step-due notices come from StepDueNotices.
 */
@Injectable()
export class WorkflowNoticesListener {
  constructor(
    private readonly notifier: WorkflowNotifier,
    private readonly employees: EmployeeRepository,
    private readonly awards: IncentiveRepository,
  ) {}

  @OnEvent(PRACTICE_BUDGET_PROPOSED, LISTEN)
  async onBudgetProposed(e: PracticeBudgetProposed): Promise<void> {
    const [employee, proposer] = await this.names([e.employeeId, e.proposedById]);
    const manager = (await this.employees.findById(e.proposedById))?.managerId;
    const approvers = manager ? [manager] : await this.hrAdmins();
    await this.notifier.notify(approvers.filter((id) => id !== e.employeeId && id !== e.proposedById).map((recipientId) => ({
      recipientId,
      eventKey: `budget-proposed:${e.budgetId}`,
      title: `Practice budget to approve: ${employee}`,
      body: `${proposer} proposes ${hours(e.hours)} for ${employee}. Approve or reject it before the training starts.`,
      link: consoleRoutes.approvals(),
    })));
  }

  @OnEvent(PRACTICE_BUDGET_DECIDED, LISTEN)
  async onBudgetDecided(e: PracticeBudgetDecided): Promise<void> {
    const verdict = e.approved ? 'approved' : 'rejected';
    await this.notifier.notify([{
      recipientId: e.employeeId,
      eventKey: `budget-decided:${e.budgetId}`,
      title: `Your practice budget was ${verdict}`,
      body: e.approved ? `${hours(e.hours)} are agreed for your practice. Log your sessions as you go.` : `Your proposed budget of ${hours(e.hours)} was rejected; talk to your manager.`,
      link: consoleRoutes.practice(),
    }]);
  }

  @OnEvent(PLAYBOOK_RUN_STARTED, LISTEN)
  async onRunStarted(e: PlaybookRunStarted): Promise<void> {
    const [employee] = await this.names([e.employeeId]);
    const notices: WorkflowNotice[] = [{
      recipientId: e.employeeId,
      eventKey: `run-started:${e.runId}`,
      title: `Playbook started for ${e.trainingName}`,
      body: `Your manager will check in before and after ${e.trainingName} on ${readable(e.trainingDate)}.`,
      link: consoleRoutes.playbookRun(e.runId),
    }];
    if (e.managerId) {
      notices.push({
        recipientId: e.managerId,
        eventKey: `run-started:${e.runId}`,
        title: `Playbook started: ${employee}, ${e.trainingName}`,
        body: `Steps before and after ${e.trainingName} on ${readable(e.trainingDate)} are now yours to complete.`,
        link: consoleRoutes.playbookRun(e.runId),
      });
    }
    await this.notifier.notify(notices);
  }

  @OnEvent(PATH_ASSIGNED, LISTEN)
  async onPathAssigned(e: PathAssigned): Promise<void> {
    const level = e.targetLevel.charAt(0) + e.targetLevel.slice(1).toLowerCase();
    await this.notifier.notify([{
      recipientId: e.employeeId,
      eventKey: `path-assigned:${e.assignmentId}`,
      title: `New skill path for you: ${e.pathName}`,
      body: `Target: ${level}${e.targetDate ? ` by ${readable(e.targetDate)}` : ''}. Your home page shows where to start.`,
      link: consoleRoutes.home(),
    }]);
  }

  @OnEvent(INCENTIVE_AWARDS_PENDING, LISTEN)
  async onAwardsPending(e: IncentiveAwardsPending): Promise<void> {
    const approvers = await this.hrAdmins();
    const awards = (await Promise.all(e.awardIds.map((id) => this.awards.findAward(id)))).filter((a) => a !== null);
    const people = [...new Set(awards.map((a) => a.employeeId))];
    const employeeNames = await this.names(people);
    const names = new Map(people.map((id, i) => [id, employeeNames[i]]));
    const rules = new Map<string, string>();
    const notices: WorkflowNotice[] = [];
    for (const award of awards) {
      if (!rules.has(award.ruleId)) rules.set(award.ruleId, (await this.awards.findRule(award.ruleId))?.name ?? 'an incentive rule');
      const employee = names.get(award.employeeId) as string;
      for (const recipientId of approvers.filter((id) => id !== award.employeeId)) {
        notices.push({
          recipientId,
          eventKey: `award-pending:${award.id}`,
          title: `Incentive award to approve: ${employee}`,
          body: `${employee} met the condition of "${rules.get(award.ruleId)}" on ${readable(award.metOn)}.`,
          link: consoleRoutes.approvals(),
        });
      }
    }
    await this.notifier.notify(notices);
  }

  private async hrAdmins(): Promise<string[]> {
    return (await this.employees.withRole('HR_ADMIN')).map((e) => e.id);
  }

  private async names(ids: string[]): Promise<string[]> {
    const byId = new Map((await this.employees.findByIds(ids)).map((e) => [e.id, `${e.firstName} ${e.lastName}`]));
    return ids.map((id) => byId.get(id) ?? 'Someone');
  }
}
