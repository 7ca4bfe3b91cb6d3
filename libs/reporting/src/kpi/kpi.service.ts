import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { badInput, OrgCalendar, Viewer } from '@app/shared';
import { PopulationFilter, ReportScope } from '../scope/report-scope';
import { KpiDimension } from './dimension';
import { KpiRepository } from './kpi.repository';

export interface KpiRow {
  groupId: string | null;
  groupName: string;
  headcount: number;
  assignments: number;
  completed: number;
  /** completed / assignments (target level reached), null without assignments. */
  completionRate: number | null;
  timeToCompetencyMedianDays: number | null;
  timeToCompetencyP90Days: number | null;
  renewalsDue: number;
  renewalsOnTime: number;
  renewalOnTimeRate: number | null;
  expiredCount: number;
  practiceBudgetHours: number;
  practiceHoursUsed: number;
  practiceBudgetUse: number | null;
  playbookStepsDue: number;
  playbookStepsOnTime: number;
  playbookStepsOnTimeRate: number | null;
  dropOffLevel: string | null;
  dropOffCount: number;
  /** The playbook step open runs most often stall at (their first step overdue and not done), by title. */
  dropOffStep: string | null;
  dropOffStepKind: string | null;
  /** Open runs stalled at that step. */
  dropOffStepCount: number;
}

export interface KpiMonthRow {
  month: string;
  groupId: string | null;
  groupName: string;
  levelsReached: number;
  timeToCompetencyMedianDays: number | null;
  renewalsDue: number;
  renewalsOnTime: number;
  renewalOnTimeRate: number | null;
  expiredCount: number;
  practiceHours: number;
  playbookStepsDue: number;
  playbookStepsOnTime: number;
  playbookStepsOnTimeRate: number | null;
}

const rate = (num: number, den: number) => (den > 0 ? num / den : null);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

@Injectable()
export class KpiService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly kpis: KpiRepository,
    private readonly scope: ReportScope,
  ) {}

  async snapshot(viewer: Viewer, dimension: KpiDimension, filter: PopulationFilter): Promise<KpiRow[]> {
    const params: unknown[] = [];
    const population = await this.scope.population(viewer, filter, 'e', params);
    const rows = await this.kpis.snapshot(dimension, { sql: population, params }, this.calendar.today(), this.calendar.zone);
    return rows.map((r) => {
      const [assignments, completed, due, onTime, hours, used, stepsDue, stepsOnTime] = ['assignments', 'completed', 'renewals_due', 'renewals_on_time', 'budget_hours', 'used_hours', 'steps_due', 'steps_on_time'].map((k) => Number(r[k]));
      return {
        groupId: (r.group_id as string | null) ?? null,
        groupName: r.group_name as string,
        headcount: Number(r.headcount),
        assignments,
        completed,
        completionRate: rate(completed, assignments),
        timeToCompetencyMedianDays: num(r.ttc_median),
        timeToCompetencyP90Days: num(r.ttc_p90),
        renewalsDue: due,
        renewalsOnTime: onTime,
        renewalOnTimeRate: rate(onTime, due),
        expiredCount: Number(r.expired),
        practiceBudgetHours: hours,
        practiceHoursUsed: used,
        practiceBudgetUse: rate(used, hours),
        playbookStepsDue: stepsDue,
        playbookStepsOnTime: stepsOnTime,
        playbookStepsOnTimeRate: rate(stepsOnTime, stepsDue),
        dropOffLevel: (r.drop_off_level as string | null) ?? null,
        dropOffCount: Number(r.drop_off_count),
        dropOffStep: (r.drop_off_step as string | null) ?? null,
        dropOffStepKind: (r.drop_off_step_kind as string | null) ?? null,
        dropOffStepCount: Number(r.drop_off_step_count),
      };
    });
  }

  async series(viewer: Viewer, dimension: KpiDimension, from: string, to: string, filter: PopulationFilter): Promise<KpiMonthRow[]> {
    const start = DateTime.fromISO(from).startOf('month');
    const end = DateTime.fromISO(to).startOf('month');
    if (!start.isValid) throw badInput('from', 'from must be a date yyyy-MM-dd');
    if (!end.isValid || end < start) throw badInput('to', 'to must be a date on or after from');
    if (end.diff(start, 'months').months > 60) throw badInput('to', 'A series spans at most 60 months');
    const params: unknown[] = [];
    const population = await this.scope.population(viewer, filter, 'e', params);
    const rows = await this.kpis.series(dimension, { sql: population, params }, this.calendar.today(), this.calendar.zone, start.toISODate() as string, end.toISODate() as string);
    return rows.map((r) => {
      const [due, onTime, stepsDue, stepsOnTime] = ['renewals_due', 'renewals_on_time', 'steps_due', 'steps_on_time'].map((k) => Number(r[k]));
      return {
        month: r.month as string,
        groupId: (r.group_id as string | null) ?? null,
        groupName: r.group_name as string,
        levelsReached: Number(r.levels_reached),
        timeToCompetencyMedianDays: num(r.ttc_median),
        renewalsDue: due,
        renewalsOnTime: onTime,
        renewalOnTimeRate: rate(onTime, due),
        expiredCount: Number(r.expired),
        practiceHours: Number(r.practice_hours),
        playbookStepsDue: stepsDue,
        playbookStepsOnTime: stepsOnTime,
        playbookStepsOnTimeRate: rate(stepsOnTime, stepsDue),
      };
    });
  }
}
