/** What callers ask of PracticeBudgetsService: plain commands (the GraphQL inputs implement them). */

export interface SetPracticeBudgetDefaultCommand {
  pathLevelId?: string;
  program?: string;
  hours: number;
}

export interface ProposePracticeBudgetCommand {
  employeeId: string;
  pathLevelId?: string;
  program?: string;
  /** Defaults to HR's default for the level or program. */
  hours?: number;
  periodStart: string;
  periodEnd: string;
}

export interface DecidePracticeCommand {
  id: string;
  approve: boolean;
  note?: string;
}

export interface LogPracticeSessionCommand {
  budgetId: string;
  practicedOn: string;
  minutes: number;
  note?: string;
}

export interface RequestPracticeExtensionCommand {
  budgetId: string;
  extraHours: number;
  reason?: string;
}

export interface AttachMetricAdjustmentCommand {
  budgetId: string;
  metricKey: string;
  changePercent: number;
  startsOn?: string;
  endsOn?: string;
}
