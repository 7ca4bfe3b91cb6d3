import { Injectable } from '@nestjs/common';
import { notFound, OrgCalendar, Viewer } from '@app/shared';
import { MetricRepository } from '@app/performance-metrics';
import { ReportScope } from '../scope/report-scope';
import { CharterRepository, ProgressQuery } from './charter.repository';
import { CohortGoalRow } from './charter-progress.sql';
import { ProgramCharter } from './entities/program-charter.entity';
import { ProgramGoal } from './entities/program-goal.entity';
import { ProgramGoalProgress, programGoalView, ProgramProgress, programView } from './program.model';
import { goalVerdict } from './goal-verdict';

/** Progress of a program's goals over the cohort members in the viewer's report scope. */
@Injectable()
export class CharterProgressService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly repo: CharterRepository,
    private readonly scope: ReportScope,
    private readonly metrics: MetricRepository,
  ) {}

  /** Each goal's target, actual, met and sample, over the cohort members in the viewer's scope. */
  async progress(viewer: Viewer, id: string): Promise<ProgramProgress> {
    const charter = await this.repo.findById(id);
    if (!charter) throw notFound('Program');
    const goals = await this.repo.goalsOf([id]);
    const params: unknown[] = [];
    const population = await this.scope.population(viewer, {}, 'e', params);
    const q: ProgressQuery = { programId: id, population: { sql: population, params }, today: this.calendar.today(), timeZone: this.calendar.zone };
    const cohortSize = await this.repo.cohortSize(q);
    const cohortRows = new Map((await this.repo.cohortGoals(q)).map((r) => [r.goal_id, r]));
    const out: ProgramGoalProgress[] = [];
    for (const goal of goals) out.push(await this.goalProgress(charter, goal, q, cohortRows));
    return { program: programView(charter, goals), cohortSize, goals: out };
  }

  private async goalProgress(charter: ProgramCharter, goal: ProgramGoal, q: ProgressQuery, cohortRows: Map<string, CohortGoalRow>): Promise<ProgramGoalProgress> {
    const base = { goal: programGoalView(goal), target: goal.targetPercent };
    if (goal.kind !== 'BUSINESS_METRIC') {
      const r = cohortRows.get(goal.id);
      const actual = r && r.denominator > 0 ? (100 * r.hits) / r.denominator : null;
      // A share of the cohort only grows within its window; a pass rate over exam attempts can fall again.
      const monotonic = r?.basis !== 'EXAM_ATTEMPTS';
      return {
        ...base, actual, sampleSize: r?.denominator ?? 0, windowEndsOn: r?.window_ends_on ?? null, passRateBasis: r?.basis ?? null,
        met: goalVerdict(actual, goal.targetPercent, !!r?.window_closed, 'AT_LEAST', monotonic),
      };
    }
    const metric = await this.metrics.byKey(goal.metricKey as string);
    if (!metric) return { ...base, actual: null, sampleSize: 0, windowEndsOn: null, passRateBasis: null, met: null };
    const r = await this.repo.businessMetric(q, metric, goal.windowMonths as number);
    const actual = r.n > 0 && r.before_mean !== null && r.after_mean !== null && r.before_mean !== 0 ? (100 * (r.after_mean - r.before_mean)) / Math.abs(r.before_mean) : null;
    return { ...base, actual, sampleSize: r.n, windowEndsOn: r.window_ends_on, passRateBasis: null, met: goalVerdict(actual, goal.targetPercent, r.window_closed, goal.targetPercent < 0 ? 'AT_MOST' : 'AT_LEAST', false) };
  }
}
