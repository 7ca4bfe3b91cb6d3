import { RowValidator, isEmail, isIsoDate, parseStatus, parseWorkContext, splitFullName } from './row-validator';

const base = { externalId: 'E1', firstName: 'Ada', lastName: 'Lovelace' };

describe('value parsers', () => {
  it.each([
    ['ACTIVE', 'ACTIVE'], ['Active', 'ACTIVE'], [' on leave ', 'ON_LEAVE'], ['On_Leave', 'ON_LEAVE'], ['Leave', 'ON_LEAVE'],
    ['Terminated', 'TERMINATED'], ['terminated', 'TERMINATED'], ['retired', null],
  ])('status %j → %j', (raw, expected) => expect(parseStatus(raw)).toBe(expected));

  it.each([['office', 'OFFICE'], ['Remote', 'REMOTE'], ['HYBRID', 'HYBRID'], ['Front-line', 'FRONTLINE'], ['moon', null]])(
    'workContext %j → %j',
    (raw, expected) => expect(parseWorkContext(raw)).toBe(expected),
  );

  it('checks emails and ISO calendar dates', () => {
    expect(isEmail('ada@example.com')).toBe(true);
    expect(isEmail('ada.lovelace+cert@mail.example.co.uk')).toBe(true);
    for (const bad of ['ada', 'ada@', 'ada@example', 'a da@example.com', 'ada@@example.com', 'ada@example.']) {
      expect(isEmail(bad)).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-5', '05/01/2024', '2024-01-01T00:00:00Z']) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('splits full names', () => {
    expect(splitFullName('Ada Lovelace')).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(splitFullName('Mary Ann  Evans')).toEqual({ firstName: 'Mary Ann', lastName: 'Evans' });
    expect(splitFullName('Lovelace, Ada')).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(splitFullName('Cher')).toBeNull();
  });
});

describe('RowValidator', () => {
  it('normalizes a valid row, defaulting status to ACTIVE', () => {
    const { row, errors } = new RowValidator().validate({ ...base, workContext: 'remote', hireDate: '2021-03-01' }, 2);
    expect(errors).toEqual([]);
    expect(row).toEqual({
      line: 2, externalId: 'E1', employeeNumber: null, firstName: 'Ada', lastName: 'Lovelace', email: null,
      department: null, jobTitle: null, location: null, managerExternalId: null, status: 'ACTIVE',
      workContext: 'REMOTE', hireDate: '2021-03-01',
    });
  });

  it('reports every problem of a row with its line and field', () => {
    const { row, errors } = new RowValidator().validate(
      { externalId: 'E7', email: 'nope', status: 'gone', workContext: 'moon', hireDate: '2021-02-30', managerExternalId: 'E7' },
      9,
    );
    expect(row).toBeNull();
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [9, 'firstName'], [9, 'lastName'], [9, 'email'], [9, 'status'], [9, 'workContext'], [9, 'hireDate'], [9, 'managerExternalId'],
    ]);
    expect(errors[3].message).toBe('Unknown status "gone"; use one of ACTIVE, ON_LEAVE, TERMINATED.');
  });

  it('reports the second occurrence of an externalId, naming the first line', () => {
    const validator = new RowValidator();
    expect(validator.validate(base, 2).errors).toEqual([]);
    expect(validator.validate(base, 5).errors).toEqual([
      { line: 5, field: 'externalId', message: 'Duplicate externalId "E1" (first on line 2).' },
    ]);
  });

  it('uses a full name when first/last names are blank', () => {
    const validator = new RowValidator();
    expect(validator.validate({ externalId: 'E1', fullName: 'Lovelace, Ada' }, 2).row).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(validator.validate({ externalId: 'E2', firstName: 'Augusta', fullName: 'Ada Lovelace' }, 3).row).toMatchObject({
      firstName: 'Augusta', lastName: 'Lovelace',
    });
    expect(validator.validate({ externalId: 'E3', fullName: 'Cher' }, 4).errors).toEqual([
      { line: 4, field: 'fullName', message: 'Full name "Cher" needs a first and a last name.' },
    ]);
  });

  it('requires externalId', () => {
    expect(new RowValidator().validate({ firstName: 'A', lastName: 'B' }, 3).errors).toEqual([
      { line: 3, field: 'externalId', message: 'externalId is required.' },
    ]);
  });
});

describe('RowValidator duplicate emails', () => {
  it('refuses a second row with the same email, whatever its case, naming the first line', () => {
    const v = new RowValidator();
    expect(v.validate({ externalId: 'a', firstName: 'A', lastName: 'A', email: 'maya.lopez@example.test' }, 2).errors).toEqual([]);
    expect(v.validate({ externalId: 'b', firstName: 'B', lastName: 'B', email: 'MAYA.LOPEZ@example.test' }, 3).errors).toEqual([
      { line: 3, field: 'email', message: 'Duplicate email "MAYA.LOPEZ@example.test" (first on line 2).' },
    ]);
  });
});
