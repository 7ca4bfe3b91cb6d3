import { ProgramGoalKind } from './entities/program-goal.entity';

/**
 * One goal. COMPLETION / PASS_RATE / BEHAVIOUR: targetPercent 0..100 within withinDays of the start.
 * BUSINESS_METRIC: metricKey should change by targetChangePercent over windowMonths.
 */
export interface ProgramGoalSpec {
  kind: ProgramGoalKind;
  targetPercent?: number | null;
  withinDays?: number | null;
  metricKey?: string | null;
  targetChangePercent?: number | null;
  windowMonths?: number | null;
}

/** Who a program is for: employeeIds, or departmentId and/or jobRoleId (resolved when progress is asked for). */
export interface ProgramCohort {
  employeeIds?: string[] | null;
  departmentId?: string | null;
  jobRoleId?: string | null;
}

/** What a program is about: exactly one of a path level, a certification or a training (with its playbook, if any). */
export interface ProgramSubject {
  pathLevelId?: string | null;
  certificationId?: string | null;
  trainingName?: string | null;
  playbookTemplateId?: string | null;
}

export interface CreateProgramCommand extends ProgramCohort, ProgramSubject {
  name: string;
  startsOn: string;
  goals: ProgramGoalSpec[];
}

/** Absent fields stay; a cohort given replaces the cohort, goals given replace every goal. The subject is fixed. */
export interface UpdateProgramCommand extends ProgramCohort {
  id: string;
  name?: string | null;
  startsOn?: string | null;
  goals?: ProgramGoalSpec[] | null;
}
