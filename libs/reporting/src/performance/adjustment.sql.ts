import { METRIC_ADJUSTMENT_VIEW } from '@app/practice-budgets';
/**
 * The one rule for "this monthly observation is under a temporary metric adjustment"
 * (practice-budgets' metric_adjustment: employee, metric key, starts_on..ends_on): the adjustment
 * overlaps the observation's month. Impact analysis and program charters leave such months out.
 */
export function notUnderAdjustmentSql(observation: string, metricKey: string): string {
  return `NOT EXISTS (
       SELECT 1 FROM ${METRIC_ADJUSTMENT_VIEW} a
        WHERE a.employee_id = ${observation}.employee_id AND a.metric_key = ${metricKey}
          AND a.starts_on < (${observation}.period_start + interval '1 month')::date AND a.ends_on >= ${observation}.period_start)`;
}
