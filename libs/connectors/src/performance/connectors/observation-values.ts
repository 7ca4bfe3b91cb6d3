import { MetricPeriod, SourceObservation } from '../../core/ports';

/** Text of a raw value (numbers and strings; anything else is empty). */
export function rawText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return '';
}

/** WEEK / MONTH in any case, "weekly" / "monthly" too; other text is passed on for the checks to report. */
export function normalizePeriod(value: string): MetricPeriod {
  const upper = value.trim().toUpperCase();
  if (upper === 'WEEKLY') return 'WEEK';
  if (upper === 'MONTHLY') return 'MONTH';
  return upper as MetricPeriod;
}

/** A number from a JSON number or a numeric string; NaN otherwise (reported by the checks). */
export function toValue(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = rawText(value);
  return text === '' ? Number.NaN : Number(text);
}

/** One observation from raw values; the checks of MetricSync report whatever is wrong with it. */
export function observation(raw: { employee: unknown; metric: unknown; period: unknown; periodStart: unknown; value: unknown; line?: number | null }): SourceObservation {
  return {
    employeeExternalId: rawText(raw.employee),
    metricKey: rawText(raw.metric),
    period: normalizePeriod(rawText(raw.period)),
    periodStart: rawText(raw.periodStart).slice(0, 10),
    value: toValue(raw.value),
    line: raw.line ?? null,
  };
}
