import type { PathLevelName, ResourceKind } from './entities/path-level-name';

/** What callers ask of the skill-path services: plain commands (the GraphQL inputs implement them). */

export interface PathLevelContentCommand {
  summary?: string;
  /** Default 1. */
  minObservationsPerBehaviour?: number;
}

export interface CreateSkillPathCommand {
  jobRoleId: string;
  name: string;
  description?: string;
  baseline?: PathLevelContentCommand;
  proficient?: PathLevelContentCommand;
  advanced?: PathLevelContentCommand;
}

export interface UpdatePathLevelCommand {
  levelId: string;
  summary?: string;
  minObservationsPerBehaviour?: number;
}

export interface AddBehaviourCommand {
  levelId: string;
  activity: string;
  expectedOutput: string;
}

export interface UpdateBehaviourCommand {
  id: string;
  activity?: string;
  expectedOutput?: string;
  /** 1 = first of its level. */
  position?: number;
}

export interface AddLearningResourceCommand {
  levelId: string;
  title: string;
  url: string;
  kind: ResourceKind;
  estimatedMinutes?: number;
  startHere?: boolean;
}

export interface UpdateLearningResourceCommand {
  id: string;
  title?: string;
  url?: string;
  kind?: ResourceKind;
  estimatedMinutes?: number;
  startHere?: boolean;
  /** 1 = first of its level. */
  position?: number;
}

export interface AssignPathCommand {
  employeeId: string;
  pathId: string;
  /** Where they start (assessed); absent = not yet baseline. */
  currentLevel?: PathLevelName;
  targetLevel: PathLevelName;
  /** Today or later. */
  targetDate?: string;
}

export interface UpdatePathAssignmentCommand {
  id: string;
  targetLevel?: PathLevelName;
  targetDate?: string;
}

export interface EndPathAssignmentCommand {
  id: string;
  reason: string;
  /** The last day on the path: today (default) or earlier, not before it started. */
  endedOn?: string;
}

export interface AddSelfEvidenceCommand {
  behaviourId: string;
  observedOn: string;
  note?: string;
  evidenceUrl?: string;
}

export interface RecordObservationCommand extends AddSelfEvidenceCommand {
  employeeId: string;
}

export interface PathAssignmentListQuery {
  employeeId?: string;
  pathId?: string;
  includeEnded?: boolean;
  first?: number;
  after?: string;
}
