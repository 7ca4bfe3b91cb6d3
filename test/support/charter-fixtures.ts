import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { PracticeBudgetRepository } from '@app/practice-budgets';
import { PathAssignmentRepository, PathLevelName } from '@app/skill-paths';
import { MetricObservationWriteRepository } from '@app/performance-metrics';

/** An approved practice budget written through the practice-budgets repository (its service's rules are tested there). */
export async function approvedBudget(ds: DataSource, employeeId: string, proposedById: string, skill: { pathLevelId?: string; program?: string }): Promise<string> {
  const budget = await new PracticeBudgetRepository(new TransactionHost(ds)).insertBudget({
    employeeId, proposedById, pathLevelId: skill.pathLevelId ?? null, program: skill.program ?? null, hours: 10, periodStart: '2030-04-01', periodEnd: '2030-06-30', status: 'APPROVED',
  });
  return budget.id;
}

const assignments = (ds: DataSource) => new PathAssignmentRepository(new TransactionHost(ds));

export async function reachLevel(ds: DataSource, employeeId: string, pathId: string, level: string, reachedOn: string): Promise<void> {
  await assignments(ds).insertAchievements([{ employeeId, pathId, level: level as PathLevelName, reachedOn }]);
}

export async function observe(ds: DataSource, employeeId: string, behaviourId: string, observedOn: string, recordedById: string, selfReported = false): Promise<void> {
  await assignments(ds).insertObservation({ employeeId, behaviourId, observedOn, recordedById, selfReported, note: null, evidenceUrl: null, confirmedById: null, confirmedAt: null });
}

/** Monthly observations of a metric, entered without a connector: `values` maps 'yyyy-MM-01' to the value. */
export async function observeMetric(ds: DataSource, employeeId: string, metricId: string, values: Record<string, number>): Promise<void> {
  const observations = Object.entries(values).map(([periodStart, value]) => ({ employeeId, metricId, period: 'MONTH' as const, periodStart, value }));
  await new MetricObservationWriteRepository(new TransactionHost(ds)).upsert(null, observations, false);
}
