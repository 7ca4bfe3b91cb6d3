import { badInput } from '@app/shared';
import { readJsonPath } from './json-path';

/**
 * How a REST metrics endpoint pages its rows (settings.pagination), as the common REST APIs do:
 * - NEXT_LINK: the next page's URL, at `nextPath` in the body ("links.next", "next", "paging.next"), or, when
 *   `nextPath` is not set, in the `Link: <…>; rel="next"` header (RFC 8288). Relative links resolve against the
 *   page's URL. Stops when there is none.
 * - CURSOR: an opaque cursor at `cursorPath` in the body ("meta.next_cursor"), sent back as the query parameter
 *   `cursorParam` (default "cursor"). Stops when it is missing, null or empty.
 * - PAGE: a page number in the query parameter `pageParam` (default "page"), from `firstPage` (default 1), with
 *   `pageSize` rows asked for in `pageSizeParam` when both are set. Stops at an empty page, or at a page shorter
 *   than `pageSize`.
 * A run reading more than `maxPages` (default 1000) pages fails rather than loop forever.
 */
export type RestPagination =
  | { type: 'NONE' }
  | { type: 'NEXT_LINK'; nextPath: string | null; maxPages: number }
  | { type: 'CURSOR'; cursorPath: string; cursorParam: string; maxPages: number }
  | { type: 'PAGE'; pageParam: string; firstPage: number; pageSizeParam: string | null; pageSize: number | null; maxPages: number };

export const PAGINATION_TYPES = ['NONE', 'NEXT_LINK', 'CURSOR', 'PAGE'] as const;

/** What a fetched page offers for finding the next one. */
export interface FetchedPage {
  url: string;
  body: unknown;
  linkHeader: string | null;
  rowCount: number;
  /** 0 for the first page. */
  index: number;
}

const FIELD = 'settings.pagination';

function optionalText(raw: Record<string, unknown>, key: string, fallback: string | null): string | null {
  const v = raw[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string' || v.trim() === '') throw badInput(`${FIELD}.${key}`, `${FIELD}.${key} must be non-empty text`);
  return v;
}

function optionalInt(raw: Record<string, unknown>, key: string, fallback: number | null, min: number): number | null {
  const v = raw[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw badInput(`${FIELD}.${key}`, `${FIELD}.${key} must be a whole number of at least ${min}`);
  return v;
}

/** Reads settings.pagination; throws BAD_USER_INPUT naming the setting. */
export function readPagination(value: unknown): RestPagination {
  if (value === undefined || value === null) return { type: 'NONE' };
  if (typeof value !== 'object' || Array.isArray(value)) throw badInput(FIELD, `${FIELD} must be an object with a type (${PAGINATION_TYPES.join(', ')})`);
  const raw = value as Record<string, unknown>;
  const type = raw.type;
  if (typeof type !== 'string' || !(PAGINATION_TYPES as readonly string[]).includes(type)) {
    throw badInput(`${FIELD}.type`, `${FIELD}.type must be one of ${PAGINATION_TYPES.join(', ')}`);
  }
  if (type === 'NONE') return { type };
  const maxPages = optionalInt(raw, 'maxPages', 1000, 1) as number;
  if (type === 'NEXT_LINK') return { type, nextPath: optionalText(raw, 'nextPath', null), maxPages };
  if (type === 'CURSOR') {
    const cursorPath = optionalText(raw, 'cursorPath', null);
    if (!cursorPath) throw badInput(`${FIELD}.cursorPath`, `${FIELD}.cursorPath (where the body holds the next cursor) is required`);
    return { type, cursorPath, cursorParam: optionalText(raw, 'cursorParam', 'cursor') as string, maxPages };
  }
  const pageSizeParam = optionalText(raw, 'pageSizeParam', null);
  const pageSize = optionalInt(raw, 'pageSize', null, 1);
  if ((pageSizeParam === null) !== (pageSize === null)) throw badInput(`${FIELD}.pageSize`, `${FIELD}.pageSize and ${FIELD}.pageSizeParam go together`);
  return { type: 'PAGE', pageParam: optionalText(raw, 'pageParam', 'page') as string, firstPage: optionalInt(raw, 'firstPage', 1, 0) as number, pageSizeParam, pageSize, maxPages };
}

const withParams = (url: string, params: Record<string, string>): string => {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
};

/** The URL of the first page. */
export function firstPageUrl(base: string, p: RestPagination): string {
  if (p.type !== 'PAGE') return base;
  return withParams(base, { [p.pageParam]: String(p.firstPage), ...(p.pageSizeParam && p.pageSize ? { [p.pageSizeParam]: String(p.pageSize) } : {}) });
}

/** The `rel="next"` target of a Link header (RFC 8288), or null. */
export function nextFromLinkHeader(header: string | null): string | null {
  for (const link of header ? header.split(/,(?=\s*<)/) : []) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(link);
    const rel = m?.[2].split(';').map((x) => x.trim()).find((x) => /^rel\s*=/i.test(x));
    const rels = rel?.replace(/^rel\s*=\s*/i, '').replace(/^"|"$/g, '').toLowerCase().split(/\s+/) ?? [];
    if (m && rels.includes('next')) return m[1];
  }
  return null;
}

const textOf = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null);

/** The URL of the page after `page`, or null when it was the last. */
export function nextPageUrl(p: RestPagination, page: FetchedPage): string | null {
  switch (p.type) {
    case 'NONE':
      return null;
    case 'NEXT_LINK': {
      const link = p.nextPath ? textOf(readJsonPath(page.body, p.nextPath)) : nextFromLinkHeader(page.linkHeader);
      return link ? new URL(link, page.url).toString() : null;
    }
    case 'CURSOR': {
      const cursor = textOf(readJsonPath(page.body, p.cursorPath));
      return cursor ? withParams(page.url, { [p.cursorParam]: cursor }) : null;
    }
    case 'PAGE': {
      if (page.rowCount === 0 || (p.pageSize !== null && page.rowCount < p.pageSize)) return null;
      return withParams(page.url, { [p.pageParam]: String(p.firstPage + page.index + 1) });
    }
  }
}
