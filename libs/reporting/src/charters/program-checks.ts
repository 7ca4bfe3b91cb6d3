import { badInput, notFound } from '@app/shared';
import { MetricRepository } from '@app/performance-metrics';
import { CharterRepository } from './charter.repository';
import { ProgramSubjectKind } from './entities/program-charter.entity';
import { ProgramGoal } from './entities/program-goal.entity';
import { ProgramCohortInput, ProgramGoalInput, ProgramSubjectInput } from './api/charter.inputs';

/** The subject kind of the input; checks there is exactly one subject and that it exists. */
export async function checkSubject(repo: CharterRepository, input: ProgramSubjectInput): Promise<ProgramSubjectKind> {
  const subjects = [input.pathLevelId, input.certificationId, input.trainingName].filter((v) => v !== undefined && v !== null);
  if (subjects.length !== 1) throw badInput('pathLevelId', 'a program needs exactly one subject: pathLevelId, certificationId or trainingName');
  if (input.playbookTemplateId && !input.trainingName) throw badInput('playbookTemplateId', 'a playbook template goes with a trainingName');
  if (input.pathLevelId && !(await repo.exists('path_level', input.pathLevelId))) throw notFound('PathLevel');
  if (input.certificationId && !(await repo.exists('certification', input.certificationId))) throw notFound('Certification');
  if (input.playbookTemplateId && !(await repo.exists('playbook_template', input.playbookTemplateId))) throw notFound('PlaybookTemplate');
  return input.pathLevelId ? 'PATH_LEVEL' : input.certificationId ? 'CERTIFICATION' : 'TRAINING';
}

/** The cohort is either employeeIds or a departmentId / jobRoleId filter, of existing rows. */
export async function checkCohort(repo: CharterRepository, input: ProgramCohortInput): Promise<void> {
  const byFilter = !!(input.departmentId || input.jobRoleId);
  if (!!input.employeeIds === byFilter) throw badInput('employeeIds', 'the cohort is either employeeIds or a departmentId / jobRoleId filter');
  if (input.employeeIds && (await repo.countEmployees(input.employeeIds)) !== input.employeeIds.length) throw badInput('employeeIds', 'unknown employee in the cohort');
  if (input.departmentId && !(await repo.exists('department', input.departmentId))) throw notFound('Department');
  if (input.jobRoleId && !(await repo.exists('job_role', input.jobRoleId))) throw notFound('JobRole');
}

/** Checks each goal for its kind (the field named `goals.<i>.<field>`) and returns the rows to store. */
export async function checkGoals(metrics: MetricRepository, goals: ProgramGoalInput[], subjectKind: ProgramSubjectKind): Promise<Array<Partial<ProgramGoal>>> {
  const out: Array<Partial<ProgramGoal>> = [];
  for (const [i, g] of goals.entries()) {
    const field = (name: string) => `goals.${i}.${name}`;
    if (g.kind === 'BUSINESS_METRIC') {
      if (!g.metricKey) throw badInput(field('metricKey'), 'a business metric goal needs a metricKey');
      if (g.targetChangePercent === undefined || g.targetChangePercent === null) throw badInput(field('targetChangePercent'), 'a business metric goal needs a targetChangePercent');
      if (!g.windowMonths) throw badInput(field('windowMonths'), 'a business metric goal needs windowMonths');
      if (!(await metrics.byKey(g.metricKey))) throw badInput(field('metricKey'), `unknown metric ${g.metricKey}`);
      out.push({ kind: g.kind, targetPercent: g.targetChangePercent, metricKey: g.metricKey, windowMonths: g.windowMonths, withinDays: null });
    } else {
      if (g.targetPercent === undefined || g.targetPercent === null) throw badInput(field('targetPercent'), 'targetPercent (0..100) is required');
      if (g.kind !== 'PASS_RATE' && !g.withinDays) throw badInput(field('withinDays'), 'withinDays is required');
      if (g.kind === 'BEHAVIOUR' && subjectKind !== 'PATH_LEVEL') throw badInput(field('kind'), 'a behaviour goal needs a path level subject');
      out.push({ kind: g.kind, targetPercent: g.targetPercent, withinDays: g.withinDays ?? null, metricKey: null, windowMonths: null });
    }
  }
  return out;
}
