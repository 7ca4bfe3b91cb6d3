import { HEADER_ALIASES, MAPPING_TARGETS, autoMapColumns, normalizeHeader, validateMapping } from './column-mapping';

describe('autoMapColumns', () => {
  it('maps common HRIS headers case-, space- and underscore-insensitively', () => {
    const headers = [
      'Employee ID', 'Employee_Number', 'FIRST NAME', 'last_name', 'Work Email', 'Dept', 'Job Title',
      'Location', 'Supervisor EId', 'Employment Status', 'work-mode', 'Hire Date', 'Favourite colour',
    ];
    expect(autoMapColumns(headers)).toEqual({
      'Employee ID': 'externalId', Employee_Number: 'employeeNumber', 'FIRST NAME': 'firstName',
      last_name: 'lastName', 'Work Email': 'email', Dept: 'department', 'Job Title': 'jobTitle',
      Location: 'location', 'Supervisor EId': 'managerExternalId', 'Employment Status': 'status',
      'work-mode': 'workContext', 'Hire Date': 'hireDate', 'Favourite colour': null,
    });
  });

  it('prefers the better alias, then the leftmost column, and maps each header once', () => {
    expect(autoMapColumns(['ID', 'Employee ID', 'Manager ID', 'Email', 'Work Email'])).toEqual({
      ID: null, 'Employee ID': 'externalId', 'Manager ID': 'managerExternalId', Email: 'email', 'Work Email': null,
    });
  });

  it('maps a full name only when first and last name columns are missing', () => {
    expect(autoMapColumns(['Employee ID', 'Name'])).toEqual({ 'Employee ID': 'externalId', Name: 'fullName' });
    expect(autoMapColumns(['First Name', 'Last Name', 'Name'])).toMatchObject({ Name: null });
  });

  it('has disjoint, normalized alias lists', () => {
    const all = MAPPING_TARGETS.flatMap((t) => HEADER_ALIASES[t]);
    expect(new Set(all).size).toBe(all.length);
    for (const alias of all) expect(normalizeHeader(alias)).toBe(alias);
  });
});

describe('validateMapping', () => {
  const headers = ['Employee ID', 'First Name', 'Last Name', 'Email', 'Work Email'];

  it('accepts a complete mapping', () => {
    const mapping = { 'Employee ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', Email: null };
    expect(validateMapping(mapping, headers)).toEqual([]);
    expect(validateMapping({ id: 'externalId', 'Full name': 'fullName' })).toEqual([]);
  });

  it('names an unknown target field', () => {
    const problems = validateMapping({ 'Employee ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', Email: 'emial' }, headers);
    expect(problems).toEqual([{ header: 'Email', field: 'emial', message: 'Column "Email" is mapped to unknown field "emial".' }]);
  });

  it('requires externalId and names (or a full name)', () => {
    expect(validateMapping({ 'First Name': 'firstName' }, headers).map((p) => p.field)).toEqual(['externalId', 'lastName']);
  });

  it('rejects a field mapped twice, a header missing from the file and a repeated header', () => {
    const messages = validateMapping(
      { 'Employee ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', Email: 'email', 'Work Email': 'email', Dept: 'department' },
      [...headers, 'Email'],
    ).map((p) => p.message);
    expect(messages).toEqual([
      'Column "Email" appears more than once in the file.',
      'Field email is mapped from both "Email" and "Work Email".',
      'Column "Dept" is not in the file.',
    ]);
  });
});
