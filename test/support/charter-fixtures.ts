import { DataSource } from 'typeorm';

/** An approved practice budget written directly (practice-budgets' own API is tested there). */
export async function approvedBudget(ds: DataSource, employeeId: string, proposedById: string, skill: { pathLevelId?: string; program?: string }): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO practice_budget (employee_id, proposed_by_id, path_level_id, program, hours, period_start, period_end, status)
     VALUES ($1, $2, $3, $4, 10, '2030-04-01', '2030-06-30', 'APPROVED') RETURNING id`,
    [employeeId, proposedById, skill.pathLevelId ?? null, skill.program ?? null],
  );
  return row.id;
}

export async function reachLevel(ds: DataSource, employeeId: string, pathId: string, level: string, reachedOn: string): Promise<void> {
  await ds.query(`INSERT INTO level_achievement (employee_id, path_id, level, reached_on) VALUES ($1, $2, $3, $4)`, [employeeId, pathId, level, reachedOn]);
}

export async function observe(ds: DataSource, employeeId: string, behaviourId: string, observedOn: string, recordedById: string, selfReported = false): Promise<void> {
  await ds.query(`INSERT INTO path_observation (employee_id, behaviour_id, observed_on, recorded_by_id, self_reported) VALUES ($1, $2, $3, $4, $5)`, [employeeId, behaviourId, observedOn, recordedById, selfReported]);
}

/** Monthly observations of a metric: `values` maps 'yyyy-MM-01' to the value. */
export async function observeMetric(ds: DataSource, employeeId: string, metricId: string, values: Record<string, number>): Promise<void> {
  const months = Object.keys(values);
  await ds.query(
    `INSERT INTO metric_observation (employee_id, metric_id, period, period_start, value)
     SELECT $1::uuid, $2::uuid, 'MONTH', m, v FROM unnest($3::date[], $4::float8[]) AS t(m, v)`,
    [employeeId, metricId, months, months.map((m) => values[m])],
  );
}
