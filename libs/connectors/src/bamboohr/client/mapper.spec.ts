import report from './fixtures/custom-report.json';
import directory from './fixtures/directory.json';
import page1 from './fixtures/employees-page-1.json';
import { BambooHrEmployeeRecord, mapEmployee, mapEmployees, mapStatus } from './mapper';

const TODAY = '2024-06-15';

describe('mapEmployees', () => {
  it('maps custom report rows, including custom fields by alias and by numeric id', () => {
    const { records, rejected } = mapEmployees(report.employees, { customFields: ['customCertificationTrack', '4047'], today: TODAY });
    expect(rejected).toEqual([]);
    expect(records).toEqual<BambooHrEmployeeRecord[]>([
      {
        externalId: '4',
        employeeNumber: '1',
        firstName: 'Jennifer',
        lastName: 'Caldwell',
        email: 'jcaldwell@example.com',
        department: 'Engineering',
        jobTitle: 'VP of Engineering',
        location: 'Lindon, Utah',
        managerExternalId: null,
        status: 'ACTIVE',
        hireDate: '2015-03-02',
        custom: { customCertificationTrack: 'Cloud Architecture', '4047': 'CC-100' },
      },
      {
        externalId: '123',
        employeeNumber: 'E-1023',
        firstName: 'Charlotte',
        lastName: 'Abbott',
        email: 'cabbott@example.com',
        department: 'Engineering',
        jobTitle: 'Software Engineer',
        location: 'Lindon, Utah',
        managerExternalId: '4',
        status: 'ON_LEAVE',
        hireDate: '2019-06-03',
        custom: { customCertificationTrack: 'Security', '4047': null },
      },
      {
        externalId: '150',
        employeeNumber: 'E-1050',
        firstName: 'Ashley',
        lastName: 'Adams',
        email: null,
        department: 'Customer Success',
        jobTitle: 'Support Specialist',
        location: 'London, UK',
        managerExternalId: '4',
        status: 'TERMINATED',
        hireDate: '2020-01-13',
        custom: { customCertificationTrack: null, '4047': 'CC-300' },
      },
    ]);
  });

  it('maps directory rows (numeric ids, no status fields: active)', () => {
    const { records } = mapEmployees(directory.employees, { today: TODAY });
    expect(records.map((r) => [r.externalId, r.jobTitle, r.status, r.managerExternalId])).toEqual([
      ['4', 'VP of Engineering', 'ACTIVE', null],
      ['123', 'Software Engineer', 'ACTIVE', null],
    ]);
  });

  it('maps rows of the paged employee list (employeeId, jobTitleName)', () => {
    const { records } = mapEmployees(page1.data, { today: TODAY });
    expect(records.map((r) => [r.externalId, r.jobTitle, r.email])).toEqual([
      ['4', 'VP of Engineering', 'jcaldwell@example.com'],
      ['123', 'Software Engineer', 'cabbott@example.com'],
    ]);
  });

  it('collects rows without an id instead of failing the batch', () => {
    const { records, rejected } = mapEmployees([{ firstName: 'Nobody' }, { id: 7 }], { today: TODAY });
    expect(records.map((r) => r.externalId)).toEqual(['7']);
    expect(rejected).toEqual([{ row: { firstName: 'Nobody' }, reason: 'BambooHR employee row has no id' }]);
    expect(() => mapEmployee({ id: '  ' })).toThrow('no id');
  });

  it('normalizes blanks, empty dates, supervisor 0 and non-string custom values', () => {
    const record = mapEmployee(
      { id: 9, firstName: '  Ana ', lastName: '', hireDate: '0000-00-00', supervisorEId: '0', tags: ['a', 'b'], flag: true, n: 3 },
      { customFields: ['tags', 'flag', 'n', 'missing'], today: TODAY },
    );
    expect(record).toMatchObject({ externalId: '9', firstName: 'Ana', lastName: null, hireDate: null, managerExternalId: null });
    expect(record.custom).toEqual({ tags: 'a, b', flag: null, n: '3', missing: null });
  });
});

describe('mapStatus', () => {
  it.each<[Record<string, string | null>, string]>([
    [{ status: 'Active', employmentHistoryStatus: 'Full-Time' }, 'ACTIVE'],
    [{ status: 'Inactive' }, 'TERMINATED'],
    [{ status: 'Active', employmentHistoryStatus: 'Terminated' }, 'TERMINATED'],
    [{ status: 'Active', terminationDate: '2024-06-15' }, 'TERMINATED'],
    [{ status: 'Active', terminationDate: '2024-06-16' }, 'ACTIVE'],
    [{ status: 'Active', terminationDate: '0000-00-00' }, 'ACTIVE'],
    [{ status: 'Active', employmentHistoryStatus: 'On Leave' }, 'ON_LEAVE'],
    [{ status: 'Active', employmentHistoryStatus: 'Medical Leave' }, 'ON_LEAVE'],
    [{ status: 'Active', employmentHistoryStatus: 'Leave of Absence', terminationDate: '2024-01-01' }, 'TERMINATED'],
    [{ status: 'Active', employmentHistoryStatus: 'Cleaved' }, 'ACTIVE'],
  ])('%j -> %s', (row, expected) => {
    expect(mapStatus(row, TODAY)).toBe(expected);
  });
});
