import { ProgramCharter, ProgramSubjectKind } from './entities/program-charter.entity';
import { ProgramGoal, ProgramGoalKind } from './entities/program-goal.entity';
import type { PassRateBasis } from './charter-progress.sql';

/** A program goal as the charter service reads it back. */
export interface ProgramGoalView {
  id: string;
  kind: ProgramGoalKind;
  /** Percent of the cohort (or of attempts), or the metric change in percent for BUSINESS_METRIC. */
  targetPercent: number;
  withinDays: number | null;
  metricKey: string | null;
  windowMonths: number | null;
}

/** A program charter with its goals. */
export interface ProgramView {
  id: string;
  name: string;
  subjectKind: ProgramSubjectKind;
  pathLevelId: string | null;
  certificationId: string | null;
  trainingName: string | null;
  playbookTemplateId: string | null;
  startsOn: string;
  cohortEmployeeIds: string[] | null;
  cohortDepartmentId: string | null;
  cohortJobRoleId: string | null;
  goals: ProgramGoalView[];
  archivedAt: Date | null;
}

/** One goal's progress over the cohort members in the viewer's scope. */
export interface ProgramGoalProgress {
  goal: ProgramGoalView;
  target: number;
  /** Percent (or percent change for BUSINESS_METRIC); null without a sample. */
  actual: number | null;
  /** Null while the goal is not measurable yet. */
  met: boolean | null;
  sampleSize: number;
  windowEndsOn: string | null;
  passRateBasis: PassRateBasis | null;
}

export interface ProgramProgress {
  program: ProgramView;
  cohortSize: number;
  goals: ProgramGoalProgress[];
}

export function programGoalView(g: ProgramGoal): ProgramGoalView {
  return { id: g.id, kind: g.kind, targetPercent: g.targetPercent, withinDays: g.withinDays, metricKey: g.metricKey, windowMonths: g.windowMonths };
}

export function programView(p: ProgramCharter, goals: ProgramGoal[]): ProgramView {
  return {
    id: p.id,
    name: p.name,
    subjectKind: p.subjectKind,
    pathLevelId: p.pathLevelId,
    certificationId: p.certificationId,
    trainingName: p.trainingName,
    playbookTemplateId: p.playbookTemplateId,
    startsOn: p.startsOn,
    cohortEmployeeIds: p.cohortEmployeeIds,
    cohortDepartmentId: p.cohortDepartmentId,
    cohortJobRoleId: p.cohortJobRoleId,
    goals: goals.map(programGoalView),
    archivedAt: p.archivedAt,
  };
}
