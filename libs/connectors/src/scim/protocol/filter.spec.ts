import { ScimError } from './errors';
import { formatFilter, LogicalNode, parseFilter, parsePatchPath } from './filter';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function invalid(text: string): ScimError {
  try {
    parseFilter(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ScimError);
    return err as ScimError;
  }
  throw new Error(`expected '${text}' to be rejected`);
}

describe('parseFilter', () => {
  it('parses a comparison as Entra ID sends it when matching users', () => {
    expect(parseFilter('userName eq "Test_User_dfeef4c5-5681-4387-b016-bdf221e82081"')).toEqual({
      kind: 'compare',
      path: { attr: 'userName' },
      op: 'eq',
      value: 'Test_User_dfeef4c5-5681-4387-b016-bdf221e82081',
    });
  });

  it('accepts operators, logical words and literals in any case', () => {
    expect(parseFilter('USERNAME Eq "a" AND active EQ True OR title PR')).toEqual({
      kind: 'or',
      left: {
        kind: 'and',
        left: { kind: 'compare', path: { attr: 'USERNAME' }, op: 'eq', value: 'a' },
        right: { kind: 'compare', path: { attr: 'active' }, op: 'eq', value: true },
      },
      right: { kind: 'present', path: { attr: 'title' } },
    });
  });

  it('gives "and" precedence over "or"', () => {
    const f = parseFilter('a eq 1 or b eq 2 and c eq 3');
    expect(f.kind).toBe('or');
    expect(formatFilter(f)).toBe('a eq 1 or b eq 2 and c eq 3');
    expect((f as LogicalNode).right.kind).toBe('and');
  });

  it('honours parentheses and not (...)', () => {
    const f = parseFilter('(a eq 1 or b eq 2) and not(c pr)');
    expect(f).toEqual({
      kind: 'and',
      left: {
        kind: 'or',
        left: { kind: 'compare', path: { attr: 'a' }, op: 'eq', value: 1 },
        right: { kind: 'compare', path: { attr: 'b' }, op: 'eq', value: 2 },
      },
      right: { kind: 'not', filter: { kind: 'present', path: { attr: 'c' } } },
    });
    expect(formatFilter(f)).toBe('(a eq 1 or b eq 2) and not (c pr)');
  });

  it.each([
    'userName Eq "john"',
    'name.familyName co "O\'Malley"',
    'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"',
    'title pr',
    'meta.lastModified gt "2011-05-13T04:42:34Z"',
    'meta.lastModified ge "2011-05-13T04:42:34Z"',
    'title pr and userType eq "Employee"',
    'title pr or userType eq "Intern"',
    'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"',
    'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
    'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
    'userType eq "Employee" and (emails.type eq "work")',
    'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
    'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
  ])('parses the RFC 7644 example %s', (text) => {
    expect(() => parseFilter(text)).not.toThrow();
  });

  it('decodes JSON string escapes', () => {
    const f = parseFilter('displayName eq "Quote \\" back\\\\slash \\u00e9\\t\\/"');
    expect(f).toMatchObject({ value: 'Quote " back\\slash é\t/' });
  });

  it('reads numbers, booleans and null', () => {
    expect(parseFilter('x eq -1.5e3')).toMatchObject({ value: -1500 });
    expect(parseFilter('x eq 0')).toMatchObject({ value: 0 });
    expect(parseFilter('x ne FALSE')).toMatchObject({ op: 'ne', value: false });
    expect(parseFilter('x eq null')).toMatchObject({ value: null });
  });

  it('splits a schema URN prefix from the attribute path', () => {
    expect(parseFilter(`${ENTERPRISE}:employeeNumber eq "701984"`)).toMatchObject({
      path: { uri: ENTERPRISE, attr: 'employeeNumber' },
    });
    expect(parseFilter(`${ENTERPRISE}:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"`)).toMatchObject({
      path: { uri: ENTERPRISE, attr: 'manager', sub: 'value' },
    });
  });

  it('parses value paths, including a trailing sub-attribute comparison', () => {
    expect(parseFilter('emails[type eq "work"]')).toEqual({
      kind: 'valuePath',
      path: { attr: 'emails' },
      filter: { kind: 'compare', path: { attr: 'type' }, op: 'eq', value: 'work' },
    });
    const f = parseFilter('emails[type eq "work"].value eq "bjensen@example.com"');
    expect(formatFilter(f)).toBe('emails[type eq "work" and value eq "bjensen@example.com"]');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['userName', 'expected an operator'],
    ['userName eq', 'expected a value'],
    ['userName foo "x"', 'expected an operator'],
    ['userName eq "unterminated', 'unterminated string'],
    ['userName eq "bad \\q escape"', 'bad escape'],
    ['userName eq bjensen', 'expected a value'],
    ['userName eq 01', 'malformed number'],
    ['(userName eq "x"', "expected ')'"],
    ['userName eq "x")', "unexpected ')'"],
    ['userName eq "x" and', 'expected an expression'],
    ['not userName eq "x"', 'expected an operator'],
    ['emails[type eq "work"', "expected ']'"],
    ['emails[type eq "work" and x[y eq 1]]', 'cannot be nested'],
    ['name.givenName.x eq "a"', 'invalid attribute path'],
    ['notaurn:userName eq "a"', 'invalid attribute path'],
    ['userName eq "a" ; drop table users', 'unexpected character'],
  ])('rejects %j with invalidFilter (%s)', (text, message) => {
    const err = invalid(text);
    expect(err.status).toBe(400);
    expect(err.scimType).toBe('invalidFilter');
    expect(err.detail).toContain(message);
  });

  it('limits nesting depth and length', () => {
    expect(invalid(`${'('.repeat(40)}a pr${')'.repeat(40)}`).detail).toContain('nesting');
    expect(invalid(`userName eq "${'x'.repeat(5000)}"`).detail).toContain('longer than');
  });
});

describe('parsePatchPath', () => {
  it('parses attribute, sub-attribute and URN paths', () => {
    expect(parsePatchPath('name.givenName')).toEqual({ path: { attr: 'name', sub: 'givenName' } });
    expect(parsePatchPath(`${ENTERPRISE}:manager`)).toEqual({ path: { uri: ENTERPRISE, attr: 'manager' } });
    expect(parsePatchPath(ENTERPRISE)).toEqual({ path: { uri: ENTERPRISE, attr: '' }, schemaUrn: ENTERPRISE });
  });

  it('parses value-filter paths with an optional sub-attribute', () => {
    expect(parsePatchPath('emails[type eq "work"].value')).toEqual({
      path: { attr: 'emails' },
      valueFilter: { kind: 'compare', path: { attr: 'type' }, op: 'eq', value: 'work' },
      subAttr: 'value',
    });
    expect(parsePatchPath('members[value eq "2819c223-7f76-453a-919d-413861904646"]').valueFilter).toBeDefined();
  });

  it.each(['', 'emails[type eq "work"', 'emails[type eq]', 'emails[type eq "work"]value', 'name.givenName[type eq "x"]', 'a b'])(
    'rejects %j with invalidPath',
    (text) => {
      expect(() => parsePatchPath(text)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidPath' }));
    },
  );
});
