/**
 * SCIM list paging (RFC 7644 §3.4.2.4) and the ListResponse message (§3.4.2).
 * startIndex is 1-based (values below 1 mean 1, above 2^31 − 1 are a 400 invalidValue); count is clamped to [0, MAX_PAGE_SIZE] (count=0 returns only
 * totalResults); a missing or non-numeric parameter takes its default.
 */
import { ScimError } from './errors';
import { SCIM_LIST_RESPONSE } from './urns';

export const MAX_PAGE_SIZE = 200;

export interface ScimListResponse<T> {
  schemas: [typeof SCIM_LIST_RESPONSE];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

export interface ListParams {
  /** 1-based index of the first result. */
  readonly startIndex: number;
  /** Page size, 0..MAX_PAGE_SIZE. */
  readonly count: number;
  /** startIndex - 1, for SQL OFFSET. */
  readonly offset: number;
}

function toInt(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

export function clampCount(count: unknown, fallback = MAX_PAGE_SIZE): number {
  const n = toInt(count) ?? fallback;
  return Math.min(MAX_PAGE_SIZE, Math.max(0, n));
}

/** Largest startIndex served (2^31 − 1): beyond any directory, and within what PostgreSQL's OFFSET reads. */
export const MAX_START_INDEX = 2_147_483_647;

/** Below 1 means 1 (RFC 7644 §3.4.2.4); an absurd index (99999999999999999999) is refused, not clamped to a page that cannot exist. */
export function clampStartIndex(startIndex: unknown): number {
  const n = toInt(startIndex) ?? 1;
  if (n > MAX_START_INDEX) throw new ScimError(400, 'invalidValue', `startIndex must be at most ${MAX_START_INDEX}`);
  return Math.max(1, n);
}

/** Reads `startIndex` and `count` from a query object (strings or numbers). */
export function parseListParams(query: { readonly startIndex?: unknown; readonly count?: unknown }, defaultCount = MAX_PAGE_SIZE): ListParams {
  const startIndex = clampStartIndex(query.startIndex);
  return { startIndex, count: clampCount(query.count, defaultCount), offset: startIndex - 1 };
}

/**
 * Builds a ListResponse from one page of resources (already offset by the caller, e.g. with SQL OFFSET/LIMIT).
 * Resources beyond `count` are dropped; itemsPerPage is the number returned.
 */
export function buildListResponse<T>(
  page: readonly T[],
  options: { readonly totalResults: number; readonly startIndex?: unknown; readonly count?: unknown },
): ScimListResponse<T> {
  const Resources = page.slice(0, clampCount(options.count, MAX_PAGE_SIZE));
  return {
    schemas: [SCIM_LIST_RESPONSE],
    totalResults: Math.max(0, Math.trunc(options.totalResults)),
    startIndex: clampStartIndex(options.startIndex),
    itemsPerPage: Resources.length,
    Resources,
  };
}

/** ListResponse for a complete in-memory list (e.g. /Schemas, /ResourceTypes), paged by startIndex/count. */
export function listResponseFromArray<T>(all: readonly T[], query: { readonly startIndex?: unknown; readonly count?: unknown } = {}): ScimListResponse<T> {
  const { startIndex, count, offset } = parseListParams(query);
  return buildListResponse(all.slice(offset, offset + count), { totalResults: all.length, startIndex, count });
}
