import { Injectable, OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { consoleRoutes, OrgCalendar } from '@app/shared';
import { JobsService } from '@app/jobs';
import { PlaybookRepository } from '@app/playbooks';
import { WorkflowNotice, WorkflowNotifier } from './workflow-notifier';

/** Steps that fell due while nothing ran (downtime) are still announced up to this many days later. */
const CATCH_UP_DAYS = 3;

export const STEP_DUE_QUEUE = 'notifications-step-due';

/**
 * A playbook step falling due tells the employee and the run's manager, once per step, on its due
 * day: a job on an hourly cron schedule (fired once across every process running jobs, and once at
 * start; retried with backoff, then dead-lettered). Steps of cancelled or completed runs, and
 * completed steps, are never announced.
 */
@Injectable()
export class StepDueNotices implements OnModuleInit {

  constructor(
    private readonly playbooks: PlaybookRepository,
    private readonly notifier: WorkflowNotifier,
    private readonly calendar: OrgCalendar,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: STEP_DUE_QUEUE, cron: '3 * * * *', runAtStart: true, retryDelaySeconds: 120, handler: () => this.tick() });
  }

  /** Announces the steps due today (and up to CATCH_UP_DAYS before); returns how many notices were new. */
  async tick(): Promise<number> {
    const today = this.calendar.today();
    const since = DateTime.fromISO(today, { zone: 'UTC' }).minus({ days: CATCH_UP_DAYS }).toISODate() as string;
    const notices: WorkflowNotice[] = [];
    for (const s of await this.playbooks.stepsDue(today, since)) {
      const when = s.dueOn === today ? 'today' : `since ${s.dueOn}`;
      const base = { eventKey: `step-due:${s.stepId}`, link: consoleRoutes.playbookRun(s.runId) };
      notices.push({ ...base, recipientId: s.employeeId, title: `Playbook step due ${when}: ${s.title}`, body: `For ${s.trainingName}: "${s.title}" with your manager is due ${when}.` });
      if (s.managerId) notices.push({ ...base, recipientId: s.managerId, title: `Playbook step due ${when}: ${s.title}`, body: `For ${s.trainingName}: complete "${s.title}" (due ${when}) and note what you agreed.` });
    }
    return this.notifier.notify(notices);
  }
}
