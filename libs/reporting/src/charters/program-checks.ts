import { badInput, notFound } from '@app/shared';
import { MetricRepository } from '@app/performance-metrics';
import { CharterRepository } from './charter.repository';
import { ProgramSubjectKind } from './entities/program-charter.entity';
import { ProgramGoal } from './entities/program-goal.entity';
import { ProgramCohort, ProgramGoalSpec, ProgramSubject } from './program-commands';

/** The subject kind of the input; checks there is exactly one subject and that it exists. */
export async function checkSubject(repo: CharterRepository, input: ProgramSubject): Promise<ProgramSubjectKind> {
  const subjects = [input.pathLevelId, input.certificationId, input.trainingName].filter((v) => v !== undefined && v !== null);
  if (subjects.length !== 1) throw badInput('pathLevelId', 'A program is about exactly one thing: a path level, a certification or a training.');
  if (input.playbookTemplateId && !input.trainingName) throw badInput('playbookTemplateId', 'A playbook template goes with a training: name the training too.');
  if (input.pathLevelId && !(await repo.exists('path_level', input.pathLevelId))) throw notFound('PathLevel');
  if (input.certificationId && !(await repo.exists('certification', input.certificationId))) throw notFound('Certification');
  if (input.playbookTemplateId && !(await repo.exists('playbook_template', input.playbookTemplateId))) throw notFound('PlaybookTemplate');
  return input.pathLevelId ? 'PATH_LEVEL' : input.certificationId ? 'CERTIFICATION' : 'TRAINING';
}

/** The cohort is either employeeIds or a departmentId / jobRoleId filter, of existing rows. */
export async function checkCohort(repo: CharterRepository, input: ProgramCohort): Promise<void> {
  const byFilter = !!(input.departmentId || input.jobRoleId);
  if (!!input.employeeIds === byFilter) throw badInput('employeeIds', 'Say who the program is for: either a list of people, or a department and/or a job role.');
  if (input.employeeIds && (await repo.countEmployees(input.employeeIds)) !== input.employeeIds.length) throw badInput('employeeIds', 'Someone in the list of people is not in Skillpath.');
  if (input.departmentId && !(await repo.exists('department', input.departmentId))) throw notFound('Department');
  if (input.jobRoleId && !(await repo.exists('job_role', input.jobRoleId))) throw notFound('JobRole');
}

/** Checks each goal for its kind (the field named `goals.<i>.<field>`) and returns the rows to store. */
export async function checkGoals(metrics: MetricRepository, goals: ProgramGoalSpec[], subjectKind: ProgramSubjectKind): Promise<Array<Partial<ProgramGoal>>> {
  const out: Array<Partial<ProgramGoal>> = [];
  for (const [i, g] of goals.entries()) {
    const field = (name: string) => `goals.${i}.${name}`;
    if (g.kind === 'BUSINESS_METRIC') {
      if (!g.metricKey) throw badInput(field('metricKey'), 'A business metric goal needs the metric it moves.');
      if (g.targetChangePercent === undefined || g.targetChangePercent === null) throw badInput(field('targetChangePercent'), 'A business metric goal needs the change it aims for, in percent.');
      if (!g.windowMonths) throw badInput(field('windowMonths'), 'A business metric goal needs how many months to compare before and after the start.');
      if (!(await metrics.byKey(g.metricKey))) throw badInput(field('metricKey'), `No performance metric is called "${g.metricKey}".`);
      out.push({ kind: g.kind, targetPercent: g.targetChangePercent, metricKey: g.metricKey, windowMonths: g.windowMonths, withinDays: null });
    } else {
      if (g.targetPercent === undefined || g.targetPercent === null) throw badInput(field('targetPercent'), 'Each goal needs a target between 0 and 100 percent.');
      if (g.kind !== 'PASS_RATE' && !g.withinDays) throw badInput(field('withinDays'), 'Each goal needs the number of days after the start it is measured at.');
      if (g.kind === 'BEHAVIOUR' && subjectKind !== 'PATH_LEVEL') throw badInput(field('kind'), 'A behaviour goal only fits a program about a path level.');
      out.push({ kind: g.kind, targetPercent: g.targetPercent, withinDays: g.withinDays ?? null, metricKey: null, windowMonths: null });
    }
  }
  return out;
}
