import { badInput } from '@app/shared';
import { BambooHrClientConfig, BambooHrRetryOptions, bambooHrBaseUrl } from '../client';
import { ConnectorDefinition } from '../../core/registry';
import { SyncField } from '../../core/ports';

/** Sync fields a custom report field may fill (text fields only). */
export const CUSTOM_TARGETS = ['employeeNumber', 'department', 'jobTitle', 'location', 'workContext'] as const satisfies readonly SyncField[];
export type CustomTarget = (typeof CUSTOM_TARGETS)[number];

/** Settings of a BAMBOOHR connector (its API key lives in secrets.apiKey). */
export interface BambooHrSettings {
  baseUrl: string;
  /** report: one POST /v1/reports/custom (all employees); list: GET /v1/employees page by page (one batch per page). */
  fullSource: 'report' | 'list';
  /** Sync field -> BambooHR custom field alias or id (e.g. { location: 'customOffice' }). */
  customFields: Partial<Record<CustomTarget, string>>;
  pageSize?: number;
  timeoutMs?: number;
  retry?: Partial<BambooHrRetryOptions>;
}

const RETRY_KEYS = ['maxAttempts', 'baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const;

function positive(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw badInput(field, `${field} must be a non-negative number`);
  return value;
}

/** Reads and checks the settings; throws BAD_USER_INPUT naming the setting. */
export function readBambooHrSettings(settings: Record<string, unknown>): BambooHrSettings {
  const { companyDomain, baseUrl } = settings;
  let url: string;
  if (typeof baseUrl === 'string' && baseUrl) url = baseUrl;
  else if (typeof companyDomain === 'string' && companyDomain) {
    try {
      url = bambooHrBaseUrl(companyDomain);
    } catch (e) {
      throw badInput('settings.companyDomain', (e as Error).message);
    }
  } else throw badInput('settings.companyDomain', 'A BambooHR connector needs settings.companyDomain (or settings.baseUrl)');
  const fullSource = settings.fullSource ?? 'report';
  if (fullSource !== 'report' && fullSource !== 'list') throw badInput('settings.fullSource', 'settings.fullSource is "report" or "list"');
  const customFields: Partial<Record<CustomTarget, string>> = {};
  const raw = settings.customFields ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badInput('settings.customFields', 'settings.customFields maps a sync field to a BambooHR field');
  for (const [target, field] of Object.entries(raw as Record<string, unknown>)) {
    if (!(CUSTOM_TARGETS as readonly string[]).includes(target)) throw badInput('settings.customFields', `"${target}" cannot come from a custom field; use one of ${CUSTOM_TARGETS.join(', ')}`);
    if (typeof field !== 'string' || !field) throw badInput('settings.customFields', `The BambooHR field for "${target}" must be a name`);
    customFields[target as CustomTarget] = field;
  }
  const retryRaw = (settings.retry ?? {}) as Record<string, unknown>;
  const retry: { -readonly [K in keyof BambooHrRetryOptions]?: number } = {};
  for (const key of RETRY_KEYS) {
    const v = positive(retryRaw[key], `settings.retry.${key}`);
    if (v !== undefined) retry[key] = v;
  }
  return { baseUrl: url, fullSource, customFields, pageSize: positive(settings.pageSize, 'settings.pageSize'), timeoutMs: positive(settings.timeoutMs, 'settings.timeoutMs'), retry };
}

/** The client configuration of a connector: its settings and its decrypted API key. */
export function bambooHrClientConfig(definition: ConnectorDefinition, settings: BambooHrSettings): BambooHrClientConfig {
  const apiKey = definition.secrets.apiKey;
  if (!apiKey) throw badInput('secrets.apiKey', 'A BambooHR connector needs its API key in secrets.apiKey');
  return { baseUrl: settings.baseUrl, apiKey, timeoutMs: settings.timeoutMs, retry: settings.retry };
}
