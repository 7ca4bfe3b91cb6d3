import { spawnSync } from 'node:child_process';
import { ScimError } from './errors';
import { ColumnMap, filterToSql, parseFilter } from './filter';

const ENTERPRISE_LC = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user';

/** A users table `u` joined to its manager `m`. */
const USER_COLUMNS: ColumnMap = {
  id: 'u.id',
  username: 'u.user_name',
  externalid: 'u.external_id',
  displayname: 'u.display_name',
  'name.givenname': 'u.given_name',
  'name.familyname': 'u.family_name',
  'emails.value': 'u.email',
  'emails.type': { sql: 'u.email_type' },
  active: 'u.active',
  'meta.lastmodified': 'u.updated_at',
  [`${ENTERPRISE_LC}:employeenumber`]: 'u.employee_number',
  [`${ENTERPRISE_LC}:department`]: 'u.department',
  [`${ENTERPRISE_LC}:manager.value`]: { sql: 'm.id', caseExact: true },
  'x.score': { sql: 'u.score', type: 'integer' },
  'groups.value': { sql: 'g.group_id', caseExact: true, exists: 'FROM memberships g WHERE g.user_id = u.id' },
};

function sql(filter: string, params: unknown[] = []): { where: string; params: unknown[] } {
  const where = filterToSql(parseFilter(filter), USER_COLUMNS, params);
  return { where, params };
}

function rejected(filter: string): ScimError {
  try {
    sql(filter);
  } catch (err) {
    expect(err).toBeInstanceOf(ScimError);
    expect(err).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    return err as ScimError;
  }
  throw new Error(`expected '${filter}' to be rejected`);
}

describe('filterToSql', () => {
  it('compares caseExact=false strings case-insensitively with a placeholder', () => {
    expect(sql('userName eq "BJensen@Example.com"')).toEqual({ where: 'lower(u.user_name) = lower($1)', params: ['BJensen@Example.com'] });
  });

  it('compares caseExact attributes (externalId, id) exactly', () => {
    expect(sql('externalId eq "00aa00aa-bb11"')).toEqual({ where: 'u.external_id = $1', params: ['00aa00aa-bb11'] });
  });

  it('matches attribute names case-insensitively, with or without the core schema URN', () => {
    expect(sql('USERNAME eq "a"').where).toBe('lower(u.user_name) = lower($1)');
    expect(sql('urn:ietf:params:scim:schemas:core:2.0:User:UserName eq "a"').where).toBe('lower(u.user_name) = lower($1)');
  });

  it('continues numbering after parameters already in the array', () => {
    expect(sql('displayName eq "x"', ['tenant-1'])).toEqual({ where: 'lower(u.display_name) = lower($2)', params: ['tenant-1', 'x'] });
  });

  it('uses LIKE with %, _ and \\ escaped for co, sw and ew', () => {
    expect(sql('userName co "50%_off\\\\"')).toEqual({ where: "lower(u.user_name) LIKE lower($1) ESCAPE '\\'", params: ['%50\\%\\_off\\\\%'] });
    expect(sql('name.familyName sw "O\'Ma"').params).toEqual(["O'Ma%"]);
    expect(sql('emails.value ew "@example.com"').params).toEqual(['%@example.com']);
    expect(sql('externalId sw "AB"').where).toBe("u.external_id LIKE $1 ESCAPE '\\'");
  });

  it('never puts values into the SQL text', () => {
    const { where, params } = sql('userName eq "x\' OR 1=1 --" or displayName co "); DROP TABLE users; --"');
    expect(where).toBe("(lower(u.user_name) = lower($1) OR lower(u.display_name) LIKE lower($2) ESCAPE '\\')");
    expect(params).toEqual(["x' OR 1=1 --", '%); DROP TABLE users; --%']);
  });

  it('translates booleans, accepting "True"/"False" strings', () => {
    expect(sql('active eq true')).toEqual({ where: 'u.active = $1', params: [true] });
    expect(sql('active eq "False"')).toEqual({ where: 'u.active = $1', params: [false] });
    expect(sql('active ne true').where).toBe('(u.active IS NULL OR u.active <> $1)');
    expect(rejected('active gt true').detail).toContain("'gt' is not valid for the boolean attribute 'active'");
    expect(rejected('active co "t"').detail).toContain("'co'");
    expect(rejected('active eq "yes"').detail).toContain('true or false');
  });

  it('translates dateTime comparisons with a normalized ISO parameter', () => {
    expect(sql('meta.lastModified gt "2011-05-13T04:42:34Z"')).toEqual({ where: 'u.updated_at > $1', params: ['2011-05-13T04:42:34.000Z'] });
    expect(sql('meta.lastModified le "2024-01-01T00:00:00+02:00"').params).toEqual(['2023-12-31T22:00:00.000Z']);
    expect(rejected('meta.lastModified gt "yesterday"').detail).toContain('dateTime');
    expect(rejected('meta.lastModified sw "2011"').detail).toContain("'sw'");
  });

  it('translates numbers for numeric columns', () => {
    expect(sql('x.score ge 10')).toEqual({ where: 'u.score >= $1', params: [10] });
    expect(rejected('x.score co 1').detail).toContain("'co'");
  });

  it('orders strings case-insensitively', () => {
    expect(sql('userName gt "m"').where).toBe('lower(u.user_name) > lower($1)');
  });

  it('translates pr and null comparisons', () => {
    expect(sql('displayName pr').where).toBe("(u.display_name IS NOT NULL AND u.display_name <> '')");
    expect(sql('active pr').where).toBe('u.active IS NOT NULL');
    expect(sql('displayName eq null')).toEqual({ where: 'u.display_name IS NULL', params: [] });
    expect(sql('displayName ne null').where).toBe('u.display_name IS NOT NULL');
    expect(rejected('displayName gt null').detail).toContain('null');
  });

  it('keeps precedence with parentheses and makes not() NULL-safe', () => {
    expect(sql('userName eq "a" or userName eq "b" and active eq true').where).toBe(
      '(lower(u.user_name) = lower($1) OR (lower(u.user_name) = lower($2) AND u.active = $3))',
    );
    expect(sql('not (displayName eq "x")').where).toBe('NOT COALESCE(lower(u.display_name) = lower($1), FALSE)');
    expect(sql('displayName ne "x"').where).toBe('(u.display_name IS NULL OR lower(u.display_name) <> lower($1))');
  });

  it('resolves enterprise attributes with or without their URN', () => {
    const urn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
    expect(sql(`${urn}:employeeNumber eq "701984"`)).toEqual({ where: 'lower(u.employee_number) = lower($1)', params: ['701984'] });
    expect(sql('employeeNumber eq 701984')).toEqual({ where: 'lower(u.employee_number) = lower($1)', params: ['701984'] });
    expect(sql(`${urn}:manager.value eq "26118915"`).where).toBe('m.id = $1');
  });

  it('treats a multi-valued attribute without sub-attribute as its value', () => {
    expect(sql('emails co "example.com"').where).toBe("lower(u.email) LIKE lower($1) ESCAPE '\\'");
  });

  it('translates value paths to conditions on the same row', () => {
    expect(sql('emails[type eq "work" and value co "@example.com"]')).toEqual({
      where: "((lower(u.email_type) = lower($1) AND lower(u.email) LIKE lower($2) ESCAPE '\\'))",
      params: ['work', '%@example.com%'],
    });
    expect(sql('emails[type eq "work"].value eq "a@b.c"').params).toEqual(['work', 'a@b.c']);
  });

  it('tests a multi-valued attribute held in other rows with EXISTS', () => {
    expect(sql('groups eq "g1"').where).toBe('EXISTS (SELECT 1 FROM memberships g WHERE g.user_id = u.id AND g.group_id = $1)');
    expect(sql('groups[value eq "g1"]').where).toBe('(EXISTS (SELECT 1 FROM memberships g WHERE g.user_id = u.id AND g.group_id = $1))');
  });

  it('names unsupported attributes in the error', () => {
    expect(rejected('title pr').detail).toBe("Unsupported filter attribute 'title'");
    expect(rejected('ims[type eq "xmpp"]').detail).toBe("Unsupported filter attribute 'ims.type'");
    expect(rejected('urn:example:custom:2.0:User:shoeSize eq "9"').detail).toContain('urn:example:custom:2.0:User:shoeSize');
    expect(rejected('constructor eq "x"').detail).toContain("'constructor'");
  });
});

/**
 * Runs the generated WHERE fragments against an in-process PostgreSQL (PGlite, no server) to check that the SQL
 * is valid and means what the filter means: case-insensitivity, LIKE escaping, NULL handling, not(), precedence.
 * PGlite loads its WASM with a dynamic import(), which jest's module VM refuses, so it runs in a child node process.
 */

const SETUP = `
  CREATE TABLE users (id text PRIMARY KEY, user_name text NOT NULL, external_id text, display_name text,
    given_name text, family_name text, email text, email_type text, active boolean, updated_at timestamptz,
    employee_number text, department text, manager_id text, score integer);
  CREATE TABLE memberships (user_id text, group_id text);
  INSERT INTO memberships VALUES ('1', 'g1'), ('2', 'g1'), ('2', 'g2');
  INSERT INTO users VALUES
    ('1', 'BJensen@Example.com', 'EXT-1', 'Barbara Jensen', 'Barbara', 'Jensen', 'bjensen@example.com', 'work', true, '2024-03-01T10:00:00Z', '701984', 'R&D', NULL, 5),
    ('2', 'jsmith@example.com', 'ext-2', NULL, 'John', 'O''Malley', 'john@example.org', 'home', false, '2024-05-01T10:00:00Z', '702000', NULL, '1', 10),
    ('3', '50%_off@example.com', NULL, '50%_off sale', NULL, NULL, NULL, NULL, true, NULL, NULL, 'Sales', '1', NULL);`;

const RUNNER = `
  const { PGlite } = require('@electric-sql/pglite');
  let input = '';
  process.stdin.on('data', (c) => (input += c));
  process.stdin.on('end', async () => {
    const { setup, queries } = JSON.parse(input);
    const db = new PGlite();
    await db.exec(setup);
    const out = [];
    for (const q of queries) {
      try {
        const r = await db.query(q.sql, q.params);
        out.push({ ids: r.rows.map((row) => row.id) });
      } catch (e) {
        out.push({ error: String(e && e.message) });
      }
    }
    await db.close();
    process.stdout.write(JSON.stringify(out));
  });`;

const CASES: [string, string[]][] = [
  ['userName eq "bjensen@example.COM"', ['1']],
  ['externalId eq "ext-1"', []],
  ['externalId eq "EXT-1"', ['1']],
  ['userName co "%_"', ['3']],
  ['userName sw "50%"', ['3']],
  ['displayName co "_off"', ['3']],
  ['userName co "_"', ['3']],
  ['name.familyName eq "o\'malley"', ['2']],
  ['emails.value ew "@EXAMPLE.com"', ['1']],
  ['active eq false', ['2']],
  ['active eq "True"', ['1', '3']],
  ['displayName pr', ['1', '3']],
  ['displayName eq null', ['2']],
  ['displayName ne "Barbara Jensen"', ['2', '3']],
  ['not (displayName eq "Barbara Jensen")', ['2', '3']],
  ['not (department eq "R&D" or department eq "Sales")', ['2']],
  ['meta.lastModified gt "2024-04-01T00:00:00Z"', ['2']],
  ['meta.lastModified lt "2024-04-01T02:00:00+02:00"', ['1']],
  ['userName eq "jsmith@example.com" or userName sw "b" and active eq false', ['2']],
  ['(userName eq "jsmith@example.com" or userName sw "b") and active eq true', ['1']],
  ['emails[type eq "work" and value co "@example.com"]', ['1']],
  ['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "1"', ['2', '3']],
  ['employeeNumber gt "701999"', ['2']],
  ['x.score ge 6', ['2']],
  ['groups eq "g2"', ['2']],
  ['groups.value eq "g1" and not (groups eq "g2")', ['1']],
  ['not (groups pr)', ['3']],
];

let results: { ids?: string[]; error?: string }[] = [];

beforeAll(() => {
  const queries = CASES.map(([filter]) => {
    const params: unknown[] = [];
    const where = filterToSql(parseFilter(filter), USER_COLUMNS, params);
    return { sql: `SELECT u.id FROM users u LEFT JOIN users m ON m.id = u.manager_id WHERE ${where} ORDER BY u.id`, params };
  });
  const child = spawnSync(process.execPath, ['-e', RUNNER], {
    cwd: process.cwd(),
    input: JSON.stringify({ setup: SETUP, queries }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`PGlite runner failed: ${child.stderr || child.error}`);
  results = JSON.parse(child.stdout);
}, 60_000);

describe('filterToSql on PostgreSQL (PGlite)', () => {
  it.each(CASES.map(([filter, expected], index) => [filter, expected, index] as const))('%s', (_filter, expected, index) => {
    expect(results[index]).toEqual({ ids: expected });
  });
});
