import { Injectable } from '@nestjs/common';
import { AppConfig, badInput, Clock, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { MetricRepository } from '@app/performance-metrics';
import { ReportScope } from '../scope/report-scope';
import { CharterRepository, ProgressQuery } from './charter.repository';
import { ProgramCharter, ProgramSubjectKind } from './entities/program-charter.entity';
import { ProgramGoal } from './entities/program-goal.entity';
import { CreateProgramInput } from './api/charter.inputs';
import { ProgramGoalProgressType, ProgramGoalType, ProgramProgressType, ProgramType } from './api/charter.types';
import { goalVerdict } from './goal-verdict';

@Injectable()
export class CharterService {
  constructor(
    private readonly repo: CharterRepository,
    private readonly scope: ReportScope,
    private readonly metrics: MetricRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async create(viewer: Viewer, input: CreateProgramInput): Promise<ProgramType> {
    const subjects = [input.pathLevelId, input.certificationId, input.trainingName].filter((v) => v !== undefined && v !== null);
    if (subjects.length !== 1) throw badInput('pathLevelId', 'a program needs exactly one subject: pathLevelId, certificationId or trainingName');
    if (input.playbookTemplateId && !input.trainingName) throw badInput('playbookTemplateId', 'a playbook template goes with a trainingName');
    const subjectKind: ProgramSubjectKind = input.pathLevelId ? 'PATH_LEVEL' : input.certificationId ? 'CERTIFICATION' : 'TRAINING';
    if (input.pathLevelId && !(await this.repo.exists('path_level', input.pathLevelId))) throw notFound('PathLevel');
    if (input.certificationId && !(await this.repo.exists('certification', input.certificationId))) throw notFound('Certification');
    if (input.playbookTemplateId && !(await this.repo.exists('playbook_template', input.playbookTemplateId))) throw notFound('PlaybookTemplate');

    const byFilter = !!(input.departmentId || input.jobRoleId);
    if (!!input.employeeIds === byFilter) throw badInput('employeeIds', 'the cohort is either employeeIds or a departmentId / jobRoleId filter');
    if (input.employeeIds && (await this.repo.countEmployees(input.employeeIds)) !== input.employeeIds.length) throw badInput('employeeIds', 'unknown employee in the cohort');
    if (input.departmentId && !(await this.repo.exists('department', input.departmentId))) throw notFound('Department');
    if (input.jobRoleId && !(await this.repo.exists('job_role', input.jobRoleId))) throw notFound('JobRole');

    const goals: Array<Partial<ProgramGoal>> = [];
    for (const [i, g] of input.goals.entries()) {
      const field = (name: string) => `goals.${i}.${name}`;
      if (g.kind === 'BUSINESS_METRIC') {
        if (!g.metricKey) throw badInput(field('metricKey'), 'a business metric goal needs a metricKey');
        if (g.targetChangePercent === undefined || g.targetChangePercent === null) throw badInput(field('targetChangePercent'), 'a business metric goal needs a targetChangePercent');
        if (!g.windowMonths) throw badInput(field('windowMonths'), 'a business metric goal needs windowMonths');
        if (!(await this.metrics.byKey(g.metricKey))) throw badInput(field('metricKey'), `unknown metric ${g.metricKey}`);
        goals.push({ kind: g.kind, targetPercent: g.targetChangePercent, metricKey: g.metricKey, windowMonths: g.windowMonths, withinDays: null });
      } else {
        if (g.targetPercent === undefined || g.targetPercent === null) throw badInput(field('targetPercent'), 'targetPercent (0..100) is required');
        if (g.kind !== 'PASS_RATE' && !g.withinDays) throw badInput(field('withinDays'), 'withinDays is required');
        if (g.kind === 'BEHAVIOUR' && subjectKind !== 'PATH_LEVEL') throw badInput(field('kind'), 'a behaviour goal needs a path level subject');
        goals.push({ kind: g.kind, targetPercent: g.targetPercent, withinDays: g.withinDays ?? null, metricKey: null, windowMonths: null });
      }
    }

    const { charter, goals: saved } = await this.repo.insert(
      {
        name: input.name,
        subjectKind,
        pathLevelId: input.pathLevelId ?? null,
        certificationId: input.certificationId ?? null,
        trainingName: input.trainingName ?? null,
        playbookTemplateId: input.playbookTemplateId ?? null,
        startsOn: input.startsOn,
        cohortEmployeeIds: input.employeeIds ?? null,
        cohortDepartmentId: input.departmentId ?? null,
        cohortJobRoleId: input.jobRoleId ?? null,
        createdById: viewer.employeeId,
      },
      goals,
    );
    const result = ProgramType.from(charter, saved);
    await this.audit.recordChange(viewer, 'program.create', 'ProgramCharter', charter.id, null, result);
    return result;
  }

  /** Every program with its goals: two statements. */
  async list(): Promise<ProgramType[]> {
    const charters = await this.repo.list();
    const goals = await this.repo.goalsOf(charters.map((c) => c.id));
    return charters.map((c) => ProgramType.from(c, goals.filter((g) => g.programId === c.id)));
  }

  /** Each goal's target, actual, met and sample, over the cohort members in the viewer's scope. */
  async progress(viewer: Viewer, id: string): Promise<ProgramProgressType> {
    const charter = await this.repo.findById(id);
    if (!charter) throw notFound('Program');
    const goals = await this.repo.goalsOf([id]);
    const params: unknown[] = [];
    const population = await this.scope.population(viewer, {}, 'e', params);
    const q: ProgressQuery = { programId: id, population: { sql: population, params }, today: this.clock.today(this.config.ORG_TIME_ZONE), timeZone: this.config.ORG_TIME_ZONE };
    const cohortSize = await this.repo.cohortSize(q);
    const cohortRows = new Map((await this.repo.cohortGoals(q)).map((r) => [r.goal_id, r]));
    const out: ProgramGoalProgressType[] = [];
    for (const goal of goals) out.push(await this.goalProgress(charter, goal, q, cohortRows));
    return { program: ProgramType.from(charter, goals), cohortSize, goals: out };
  }

  private async goalProgress(charter: ProgramCharter, goal: ProgramGoal, q: ProgressQuery, cohortRows: Map<string, { hits: number; denominator: number; window_ends_on: string | null; window_closed: boolean }>): Promise<ProgramGoalProgressType> {
    const base = { goal: ProgramGoalType.from(goal), target: goal.targetPercent };
    if (goal.kind !== 'BUSINESS_METRIC') {
      const r = cohortRows.get(goal.id);
      const actual = r && r.denominator > 0 ? (100 * r.hits) / r.denominator : null;
      return { ...base, actual, sampleSize: r?.denominator ?? 0, windowEndsOn: r?.window_ends_on ?? null, met: goalVerdict(actual, goal.targetPercent, !!r?.window_closed, 'AT_LEAST', true) };
    }
    const metric = await this.metrics.byKey(goal.metricKey as string);
    if (!metric) return { ...base, actual: null, sampleSize: 0, windowEndsOn: null, met: null };
    const r = await this.repo.businessMetric(q, metric, goal.windowMonths as number);
    const actual = r.n > 0 && r.before_mean !== null && r.after_mean !== null && r.before_mean !== 0 ? (100 * (r.after_mean - r.before_mean)) / Math.abs(r.before_mean) : null;
    return { ...base, actual, sampleSize: r.n, windowEndsOn: r.window_ends_on, met: goalVerdict(actual, goal.targetPercent, r.window_closed, goal.targetPercent < 0 ? 'AT_MOST' : 'AT_LEAST', false) };
  }
}
