import { badInput } from '@app/shared';
import { readPagination, RestPagination } from './rest-pagination';

export interface MetricFieldMap {
  employee: string;
  metric: string;
  period: string;
  periodStart: string;
  value: string;
}

/** Settings of a REST_METRICS connector; the auth header's value lives in secrets.authHeader. */
export interface RestMetricsSettings {
  url: string;
  /** Name of the header that carries secrets.authHeader (default Authorization). */
  authHeaderName: string;
  /** JSON path to the array of rows ("" = the body itself). */
  rowsPath: string;
  /** Row field (JSON path within a row) for each observation value. */
  fieldMap: MetricFieldMap;
  /** Used when fieldMap.period is not set: every row has this period. */
  defaultPeriod: string | null;
  /** Restricts employee external ids to the people of this HRIS connector. */
  hrisConnectorId: string | null;
  /** Per request (each page). */
  timeoutMs: number;
  /** How the endpoint pages its rows (settings.pagination; default NONE: one GET). */
  pagination: RestPagination;
}

const FIELD_WORDS: Record<keyof MetricFieldMap, string> = {
  employee: 'the person',
  metric: 'the metric',
  period: 'the period (or give every row\'s period)',
  periodStart: 'the period start',
  value: 'the value',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(settings: Record<string, unknown>, key: string, fallback?: string): string {
  const v = settings[key] ?? fallback;
  if (typeof v !== 'string') throw badInput(`settings.${key}`, `The setting ${key} must be text.`);
  return v;
}

/** Reads and checks the settings; throws BAD_USER_INPUT naming the setting. */
export function readRestMetricsSettings(settings: Record<string, unknown>): RestMetricsSettings {
  const url = text(settings, 'url');
  if (!/^https?:\/\//i.test(url)) throw badInput('settings.url', 'The web address must start with http:// or https://.');
  const raw = settings.fieldMap;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badInput('settings.fieldMap', 'Say which field of a row holds the person, the metric, the period start and the value.');
  const map = raw as Record<string, unknown>;
  const defaultPeriod = typeof settings.period === 'string' ? settings.period : null;
  const field = (key: keyof MetricFieldMap): string => {
    const v = map[key];
    if (typeof v === 'string' && v) return v;
    if (key === 'period' && defaultPeriod) return '';
    throw badInput('settings.fieldMap', `Say which field of a row holds ${FIELD_WORDS[key]}.`);
  };
  const fieldMap: MetricFieldMap = { employee: field('employee'), metric: field('metric'), period: field('period'), periodStart: field('periodStart'), value: field('value') };
  const hris = settings.hrisConnectorId ?? null;
  if (hris !== null && (typeof hris !== 'string' || !UUID.test(hris))) throw badInput('settings.hrisConnectorId', 'The people connector must be one of your connectors.');
  const timeoutMs = settings.timeoutMs === undefined ? 30_000 : Number(settings.timeoutMs);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw badInput('settings.timeoutMs', 'The time limit (timeoutMs) must be a positive number of milliseconds.');
  return {
    url, authHeaderName: text(settings, 'authHeaderName', 'Authorization'), rowsPath: text(settings, 'rowsPath', ''), fieldMap, defaultPeriod,
    hrisConnectorId: hris as string | null, timeoutMs, pagination: readPagination(settings.pagination),
  };
}
