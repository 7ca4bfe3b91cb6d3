import type { StepKind } from './entities/playbook-template-step.entity';

/** What callers ask of the playbook services: plain commands (the GraphQL inputs implement them). */

export interface PlaybookStepCommand {
  kind: StepKind;
  title: string;
  guidance?: string;
  /** Days from the training date; negative = before. */
  offsetDays: number;
}

export interface CreatePlaybookTemplateCommand {
  name: string;
  description?: string;
  /** Omitted: the default before-and-after steps. */
  steps?: PlaybookStepCommand[];
}

export interface UpdatePlaybookTemplateCommand {
  id: string;
  name?: string;
  description?: string;
  /** Replaces every step, in this order. */
  steps?: PlaybookStepCommand[];
  active?: boolean;
}

export interface StartPlaybookRunCommand {
  templateId: string;
  employeeId: string;
  trainingName: string;
  trainingDate: string;
  pathLevelId?: string;
  certificationId?: string;
}

export interface CompletePlaybookStepCommand {
  stepId: string;
  note?: string;
  /** Defaults to today. */
  completedOn?: string;
  /** AFTER steps: the path behaviour observed. */
  behaviourId?: string;
}

export interface CancelPlaybookRunCommand {
  runId: string;
  reason: string;
}

export interface UpdatePlaybookRunCommand {
  runId: string;
  trainingName?: string;
  trainingDate?: string;
}
