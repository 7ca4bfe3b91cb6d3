/**
 * BambooHR API client (https://documentation.bamboohr.com). Paging, per endpoint:
 * - GET /v1/employees/directory: unpaged (active employees only; the company can disable the directory,
 *   and an empty directory answers 404, which is returned as an empty list).
 * - GET /v1/employees/changed: unpaged; returns every employee changed since the timestamp.
 * - POST /v1/reports/custom: unpaged (all employees, active and inactive, at most 400 fields); the efficient bulk pull.
 * - GET /v1/employees: cursor-paged (page[limit] up to 2500, page[after] from meta.page.nextCursor or _links.next).
 * - GET /v1/employees/{id}: one employee.
 */
import { BambooHrClientConfig } from './config';
import { BambooHrParseError } from './errors';
import { BambooHrHttp, JsonResponse } from './http';
import { DEFAULT_REPORT_FIELDS, MapResult, mapEmployees } from './mapper';
import type {
  BambooHrChangedEmployee,
  BambooHrChangedEmployees,
  BambooHrChangeType,
  BambooHrCustomReport,
  BambooHrDirectory,
  BambooHrEmployeeRow,
} from './types';

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface CustomReportOptions extends RequestOptions {
  readonly title?: string;
  /** BambooHR's onlyCurrent (default true): false also returns future-dated values of historical fields. */
  readonly onlyCurrent?: boolean;
  /** Only employees changed since this instant (filters.lastChanged). */
  readonly lastChanged?: Date | string;
}

export interface ListEmployeesOptions extends RequestOptions {
  /** Fields beyond the default identity and job fields. */
  readonly fields?: readonly string[];
  /** page[limit], 1..2500. */
  readonly pageSize?: number;
  /** filter[name]=value pairs, e.g. { status: 'Active' }. */
  readonly filter?: Readonly<Record<string, string>>;
}

export interface FetchRecordsOptions extends CustomReportOptions {
  /** Custom field aliases or ids to pull and copy into each record's `custom`. */
  readonly customFields?: readonly string[];
  /** yyyy-MM-dd for the termination check; defaults to today (UTC). */
  readonly today?: string;
}

export const MAX_REPORT_FIELDS = 400;

/** BambooHR documents timestamps as yyyy-mm-ddThh:mm:ssZ (no fractional seconds). */
export function formatBambooTimestamp(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid timestamp '${String(value)}'`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rowsOf(response: JsonResponse<unknown>, endpoint: string, key: string): BambooHrEmployeeRow[] {
  const rows = isObject(response.data) ? response.data[key] : undefined;
  if (!Array.isArray(rows) || !rows.every(isObject)) {
    throw new BambooHrParseError(endpoint, response.attempts, `expected an object with a '${key}' array`, JSON.stringify(response.data)?.slice(0, 200) ?? '');
  }
  return rows as BambooHrEmployeeRow[];
}

function cursorFromLink(link: unknown): string | null {
  const href = typeof link === 'string' ? link : isObject(link) && typeof link.href === 'string' ? link.href : null;
  if (!href) return null;
  return new URL(href, 'http://bamboohr.invalid').searchParams.get('page[after]');
}

function nextCursor(body: Record<string, unknown>): string | null {
  const page = isObject(body.meta) && isObject(body.meta.page) ? body.meta.page : {};
  const fromMeta = page.nextCursor ?? page.next ?? page.after;
  if (typeof fromMeta === 'string' && fromMeta) return fromMeta;
  return isObject(body._links) ? cursorFromLink(body._links.next) : null;
}

export class BambooHrClient {
  private readonly http: BambooHrHttp;

  constructor(config: BambooHrClientConfig) {
    this.http = new BambooHrHttp(config);
  }

  /** The company directory (active employees). Unpaged. */
  async getDirectory(options: RequestOptions = {}): Promise<BambooHrDirectory> {
    const endpoint = 'GET /v1/employees/directory';
    const response = await this.http.requestJson<unknown>({ method: 'GET', path: '/v1/employees/directory', endpoint, signal: options.signal }, [404]);
    if (response.status === 404) return { fields: [], employees: [] };
    const employees = rowsOf(response, endpoint, 'employees');
    const fields = (response.data as { fields?: unknown }).fields;
    return { fields: Array.isArray(fields) ? fields : [], employees };
  }

  /** Employees inserted, updated or deleted since `since` (optionally one change type). Unpaged. */
  async getChangedEmployees(since: Date | string, options: RequestOptions & { readonly type?: BambooHrChangeType } = {}): Promise<BambooHrChangedEmployees> {
    const endpoint = 'GET /v1/employees/changed';
    const response = await this.http.requestJson<unknown>({
      method: 'GET',
      path: '/v1/employees/changed',
      endpoint,
      query: { since: formatBambooTimestamp(since), type: options.type },
      signal: options.signal,
    });
    const body = response.data;
    // PHP encodes an empty map as [], so "no changes" may arrive as an array.
    const map = isObject(body) ? body.employees : undefined;
    if (!isObject(body) || (!isObject(map) && !Array.isArray(map))) {
      throw new BambooHrParseError(endpoint, response.attempts, "expected an object with an 'employees' map", JSON.stringify(body)?.slice(0, 200) ?? '');
    }
    const entries = Array.isArray(map) ? map.map((v, i) => [String(i), v] as const) : Object.entries(map);
    const employees: BambooHrChangedEmployee[] = entries.filter((entry): entry is readonly [string, Record<string, unknown>] => isObject(entry[1])).map(([key, e]) => ({
      id: String(e.id ?? key),
      action: String(e.action ?? ''),
      lastChanged: String(e.lastChanged ?? ''),
    }));
    employees.sort((a, b) => Date.parse(a.lastChanged) - Date.parse(b.lastChanged) || Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
    return { latest: typeof body.latest === 'string' ? body.latest : null, employees };
  }

  /** One employee with the given fields (aliases or numeric field ids). */
  async getEmployee(id: string, fields: readonly string[], options: RequestOptions & { readonly onlyCurrent?: boolean } = {}): Promise<BambooHrEmployeeRow> {
    const endpoint = 'GET /v1/employees/{id}';
    const response = await this.http.requestJson<unknown>({
      method: 'GET',
      path: `/v1/employees/${encodeURIComponent(id)}`,
      endpoint,
      query: { fields: fields.join(','), onlyCurrent: options.onlyCurrent },
      signal: options.signal,
    });
    if (!isObject(response.data)) throw new BambooHrParseError(endpoint, response.attempts, 'expected an employee object', String(response.data).slice(0, 200));
    return response.data as BambooHrEmployeeRow;
  }

  /** Ad-hoc report of the given fields for all employees (active and inactive). Unpaged; at most 400 fields. */
  async runCustomReport(fields: readonly string[], options: CustomReportOptions = {}): Promise<BambooHrCustomReport> {
    const endpoint = 'POST /v1/reports/custom';
    const unique = [...new Set(['id', ...fields])];
    if (unique.length > MAX_REPORT_FIELDS) throw new RangeError(`A BambooHR custom report takes at most ${MAX_REPORT_FIELDS} fields, got ${unique.length}`);
    const body: Record<string, unknown> = { title: options.title ?? 'Skillpath employee sync', fields: unique };
    if (options.lastChanged !== undefined) body.filters = { lastChanged: { includeNull: 'no', value: formatBambooTimestamp(options.lastChanged) } };
    const response = await this.http.requestJson<unknown>({
      method: 'POST',
      path: '/v1/reports/custom',
      endpoint,
      query: { format: 'JSON', onlyCurrent: options.onlyCurrent },
      body,
      signal: options.signal,
    });
    const employees = rowsOf(response, endpoint, 'employees');
    const data = response.data as { title?: unknown; fields?: unknown };
    return { title: typeof data.title === 'string' ? data.title : undefined, fields: Array.isArray(data.fields) ? data.fields : [], employees };
  }

  /** Pages of GET /v1/employees, following the cursor until the last page. */
  async *listEmployeePages(options: ListEmployeesOptions = {}): AsyncGenerator<BambooHrEmployeeRow[]> {
    const endpoint = 'GET /v1/employees';
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (;;) {
      const query: Record<string, string | number | undefined> = {
        fields: options.fields?.length ? options.fields.join(',') : undefined,
        'page[limit]': options.pageSize,
        'page[after]': cursor,
      };
      for (const [key, value] of Object.entries(options.filter ?? {})) query[`filter[${key}]`] = value;
      const response = await this.http.requestJson<unknown>({ method: 'GET', path: '/v1/employees', endpoint, query, signal: options.signal });
      const rows = rowsOf(response, endpoint, 'data');
      yield rows;
      const next = nextCursor(response.data as Record<string, unknown>);
      if (!next || rows.length === 0) return;
      if (seen.has(next)) throw new BambooHrParseError(endpoint, response.attempts, 'the pagination cursor repeated', next);
      seen.add(next);
      cursor = next;
    }
  }

  /** All employees of GET /v1/employees (every page). */
  async listEmployees(options: ListEmployeesOptions = {}): Promise<BambooHrEmployeeRow[]> {
    const all: BambooHrEmployeeRow[] = [];
    for await (const page of this.listEmployeePages(options)) all.push(...page);
    return all;
  }

  /** Pulls every employee with DEFAULT_REPORT_FIELDS plus the custom fields through one custom report, mapped to records. */
  async fetchEmployeeRecords(options: FetchRecordsOptions = {}): Promise<MapResult> {
    const customFields = options.customFields ?? [];
    const report = await this.runCustomReport([...DEFAULT_REPORT_FIELDS, ...customFields], options);
    return mapEmployees(report.employees, { customFields, today: options.today });
  }
}
