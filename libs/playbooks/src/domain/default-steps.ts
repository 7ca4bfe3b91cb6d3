import { DateTime } from 'luxon';
import type { StepKind } from '../entities/playbook-template-step.entity';

export interface StepSpec {
  kind: StepKind;
  title: string;
  guidance: string;
  offsetDays: number;
}

/** The before-and-after playbook of the ATD article: before, set expectations and clarify outcomes; after, observe one behaviour, give specific feedback, remove one barrier. */
export const DEFAULT_PLAYBOOK_STEPS: readonly StepSpec[] = [
  { kind: 'BEFORE', title: 'Set expectations', guidance: 'Tell them why this training matters for their role and what you expect them to try afterwards; agree the practice budget.', offsetDays: -7 },
  { kind: 'BEFORE', title: 'Clarify outcomes', guidance: 'Agree one or two concrete outcomes (tasks, decisions, problems) they will handle differently, and the metric that will show it.', offsetDays: -3 },
  { kind: 'AFTER', title: 'Observe one behaviour', guidance: 'Watch them apply one behaviour of the path level in real work; record the observation.', offsetDays: 7 },
  { kind: 'AFTER', title: 'Give specific feedback', guidance: 'Specific, behaviour-focused feedback tied to their next opportunity to perform.', offsetDays: 10 },
  { kind: 'AFTER', title: 'Remove one barrier', guidance: 'Ask what gets in the way of using the skill (time, tools, conflicting metrics) and remove one.', offsetDays: 14 },
];

/** Due date of a step: the training date plus its offset, as calendar days. */
export function dueOn(trainingDate: string, offsetDays: number): string {
  return DateTime.fromISO(trainingDate, { zone: 'UTC' }).plus({ days: offsetDays }).toISODate() as string;
}

/** Step kinds bound the offset: BEFORE steps are due on or before the training, AFTER steps on or after. */
export function offsetProblem(step: StepSpec): string | null {
  if (step.kind === 'BEFORE' && step.offsetDays > 0) return 'A BEFORE step is due on or before the training date (offsetDays <= 0)';
  if (step.kind === 'AFTER' && step.offsetDays < 0) return 'An AFTER step is due on or after the training date (offsetDays >= 0)';
  return null;
}
