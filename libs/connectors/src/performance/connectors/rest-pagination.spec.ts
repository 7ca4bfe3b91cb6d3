import { AppError } from '@app/shared';
import { firstPageUrl, nextFromLinkHeader, nextPageUrl, readPagination } from './rest-pagination';

const page = (over: Partial<Parameters<typeof nextPageUrl>[1]>) => ({ url: 'https://api.example.test/v1/metrics', body: {}, linkHeader: null, rowCount: 10, index: 0, ...over });

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.field : 'not an AppError';
  }
  return undefined;
}

describe('REST metrics pagination', () => {
  it('reads the settings with defaults, and names the setting at fault', () => {
    expect(readPagination(undefined)).toEqual({ type: 'NONE' });
    expect(readPagination({ type: 'NEXT_LINK' })).toEqual({ type: 'NEXT_LINK', nextPath: null, maxPages: 1000 });
    expect(readPagination({ type: 'CURSOR', cursorPath: 'meta.next' })).toEqual({ type: 'CURSOR', cursorPath: 'meta.next', cursorParam: 'cursor', maxPages: 1000 });
    expect(readPagination({ type: 'PAGE', pageSizeParam: 'per_page', pageSize: 50, maxPages: 20 })).toEqual({ type: 'PAGE', pageParam: 'page', firstPage: 1, pageSizeParam: 'per_page', pageSize: 50, maxPages: 20 });
    expect(fieldOf(() => readPagination('pages'))).toBe('settings.pagination');
    expect(fieldOf(() => readPagination({ type: 'OFFSET' }))).toBe('settings.pagination.type');
    expect(fieldOf(() => readPagination({ type: 'CURSOR' }))).toBe('settings.pagination.cursorPath');
    expect(fieldOf(() => readPagination({ type: 'PAGE', pageSize: 50 }))).toBe('settings.pagination.pageSize');
    expect(fieldOf(() => readPagination({ type: 'PAGE', firstPage: -1 }))).toBe('settings.pagination.firstPage');
    expect(fieldOf(() => readPagination({ type: 'NEXT_LINK', maxPages: 0 }))).toBe('settings.pagination.maxPages');
    expect(fieldOf(() => readPagination({ type: 'NEXT_LINK', nextPath: '' }))).toBe('settings.pagination.nextPath');
  });

  it('NEXT_LINK follows a body link (relative ones resolve against the page) or the Link header', () => {
    const body = readPagination({ type: 'NEXT_LINK', nextPath: 'links.next' });
    expect(nextPageUrl(body, page({ body: { links: { next: '/v1/metrics?page=2' } } }))).toBe('https://api.example.test/v1/metrics?page=2');
    expect(nextPageUrl(body, page({ body: { links: { next: null } } }))).toBeNull();
    const header = readPagination({ type: 'NEXT_LINK' });
    const link = '<https://api.example.test/v1/metrics?page=1>; rel="prev", <https://api.example.test/v1/metrics?page=3>; rel="next", <https://api.example.test/v1/metrics?page=9>; rel="last"';
    expect(nextPageUrl(header, page({ linkHeader: link }))).toBe('https://api.example.test/v1/metrics?page=3');
    expect(nextPageUrl(header, page({ linkHeader: '<https://api.example.test/v1/metrics?page=1>; rel="prev"' }))).toBeNull();
    expect(nextFromLinkHeader('<https://x.test/a?b=1,2>; title="a, b"; rel="next last"')).toBe('https://x.test/a?b=1,2');
  });

  it('CURSOR sends the cursor back in its parameter until there is none', () => {
    const p = readPagination({ type: 'CURSOR', cursorPath: 'meta.next_cursor', cursorParam: 'after' });
    expect(nextPageUrl(p, page({ url: 'https://api.example.test/v1/metrics?after=a1&since=2026', body: { meta: { next_cursor: 'b2' } } }))).toBe('https://api.example.test/v1/metrics?after=b2&since=2026');
    expect(nextPageUrl(p, page({ body: { meta: { next_cursor: '' } } }))).toBeNull();
    expect(nextPageUrl(p, page({ body: {} }))).toBeNull();
  });

  it('PAGE counts pages from firstPage and stops at an empty or short page', () => {
    const p = readPagination({ type: 'PAGE', pageParam: 'p', firstPage: 0, pageSizeParam: 'size', pageSize: 10 });
    const first = firstPageUrl('https://api.example.test/v1/metrics', p);
    expect(first).toBe('https://api.example.test/v1/metrics?p=0&size=10');
    expect(nextPageUrl(p, page({ url: first, rowCount: 10, index: 0 }))).toBe('https://api.example.test/v1/metrics?p=1&size=10');
    expect(nextPageUrl(p, page({ url: first, rowCount: 9, index: 0 }))).toBeNull();
    const unsized = readPagination({ type: 'PAGE' });
    expect(nextPageUrl(unsized, page({ url: firstPageUrl('https://api.example.test/m', unsized), rowCount: 3, index: 0 }))).toBe('https://api.example.test/m?page=2');
    expect(nextPageUrl(unsized, page({ rowCount: 0 }))).toBeNull();
  });
});
