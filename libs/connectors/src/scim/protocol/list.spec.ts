import { buildListResponse, clampCount, listResponseFromArray, MAX_PAGE_SIZE, parseListParams } from './list';

describe('parseListParams', () => {
  it('defaults to startIndex 1 and the maximum page size', () => {
    expect(parseListParams({})).toEqual({ startIndex: 1, count: MAX_PAGE_SIZE, offset: 0 });
  });

  it('reads query strings as Okta sends them', () => {
    expect(parseListParams({ startIndex: '101', count: '100' })).toEqual({ startIndex: 101, count: 100, offset: 100 });
  });

  it.each<[unknown, unknown, number, number]>([
    [0, -5, 1, 0],
    [-3, '0', 1, 0],
    ['abc', 'many', 1, MAX_PAGE_SIZE],
    [2.9, 10.7, 2, 10],
    [1, 1000, 1, MAX_PAGE_SIZE],
  ])('clamps startIndex=%j count=%j', (startIndex, count, expectedStart, expectedCount) => {
    expect(parseListParams({ startIndex, count })).toMatchObject({ startIndex: expectedStart, count: expectedCount });
  });

  it('uses a caller default when count is absent', () => {
    expect(parseListParams({}, 50).count).toBe(50);
    expect(clampCount(undefined, 500)).toBe(MAX_PAGE_SIZE);
  });
});

describe('buildListResponse', () => {
  it('builds a ListResponse for one page', () => {
    expect(buildListResponse([{ id: 'a' }, { id: 'b' }], { totalResults: 12, startIndex: 3, count: 2 })).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 12,
      startIndex: 3,
      itemsPerPage: 2,
      Resources: [{ id: 'a' }, { id: 'b' }],
    });
  });

  it('returns no resources for count=0 and an empty list when nothing matches (Entra ID probes)', () => {
    expect(buildListResponse([{ id: 'a' }], { totalResults: 5, count: 0 })).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    expect(buildListResponse([], { totalResults: 0 })).toMatchObject({ totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });
  });

  it('never returns more than 200 resources', () => {
    const many = Array.from({ length: 250 }, (_, i) => i);
    expect(buildListResponse(many, { totalResults: 250, count: 1000 }).itemsPerPage).toBe(200);
  });

  it('pages an in-memory list', () => {
    const page = listResponseFromArray(['a', 'b', 'c', 'd'], { startIndex: '2', count: '2' });
    expect(page).toMatchObject({ totalResults: 4, startIndex: 2, itemsPerPage: 2, Resources: ['b', 'c'] });
  });
});
