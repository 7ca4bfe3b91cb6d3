/** Canonical employee fields an HR CSV can fill. */
export const EMPLOYEE_FIELDS = [
  'externalId', 'employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle',
  'location', 'managerExternalId', 'status', 'workContext', 'hireDate',
] as const;
export type EmployeeField = (typeof EMPLOYEE_FIELDS)[number];

/** What a column can be mapped to: a canonical field, or `fullName`, split into firstName/lastName per row. */
export const MAPPING_TARGETS = [...EMPLOYEE_FIELDS, 'fullName'] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/**
 * CSV header name (as in the file, trimmed) → target field. null, or a header left out, means the column is
 * ignored. Values are plain strings because a mapping arrives as user input; validateMapping checks them.
 */
export type ColumnMapping = Readonly<Record<string, string | null>>;

export interface MappingProblem {
  header: string | null;
  field: string | null;
  message: string;
}

/** Lower-case and drop spaces, underscores, hyphens, dots and slashes: "Work E-mail" → "workemail". */
export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_\-./]+/g, '');
}

/** Normalized header spellings per target, best first; the lists are disjoint. */
export const HEADER_ALIASES: Readonly<Record<MappingTarget, readonly string[]>> = {
  externalId: ['externalid', 'employeeid', 'employeeexternalid', 'empid', 'eid', 'workerid', 'personid', 'hrisid', 'id'],
  employeeNumber: ['employeenumber', 'employeeno', 'empno', 'empnumber', 'staffnumber', 'payrollnumber', 'badgenumber'],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  fullName: ['fullname', 'employeename', 'name', 'displayname'],
  email: ['email', 'workemail', 'emailaddress', 'workemailaddress', 'businessemail', 'companyemail', 'mail'],
  department: ['department', 'dept', 'departmentname'],
  jobTitle: ['jobtitle', 'title', 'position', 'positiontitle', 'role', 'jobrole'],
  location: ['location', 'worklocation', 'officelocation', 'site', 'office'],
  managerExternalId: [
    'managerexternalid', 'managerid', 'manageremployeeid', 'managereid', 'supervisorid', 'supervisoreid',
    'supervisoremployeeid', 'linemanagerid', 'reportstoid', 'reportsto',
  ],
  status: ['status', 'employmentstatus', 'employeestatus', 'workerstatus'],
  workContext: ['workcontext', 'workmode', 'workarrangement', 'worksetting', 'worktype', 'workmodel'],
  hireDate: ['hiredate', 'startdate', 'dateofhire', 'hiredon', 'joindate', 'joiningdate', 'originalhiredate'],
};

function isTarget(value: string): value is MappingTarget {
  return (MAPPING_TARGETS as readonly string[]).includes(value);
}

/**
 * Suggests a mapping for the detected headers: every header is a key, null when nothing matched. Matching is
 * case-, space- and underscore-insensitive over HEADER_ALIASES; when several headers match one target, the
 * better-ranked alias wins, then the leftmost column. fullName is dropped when firstName and lastName exist.
 */
export function autoMapColumns(headers: readonly string[]): Record<string, MappingTarget | null> {
  const best = new Map<MappingTarget, { header: string; rank: number }>();
  for (const header of headers) {
    const key = normalizeHeader(header);
    for (const target of MAPPING_TARGETS) {
      const rank = HEADER_ALIASES[target].indexOf(key);
      const current = best.get(target);
      if (rank >= 0 && (!current || rank < current.rank)) best.set(target, { header: header.trim(), rank });
    }
  }
  if (best.has('firstName') && best.has('lastName')) best.delete('fullName');
  const mapping: Record<string, MappingTarget | null> = {};
  for (const header of headers) mapping[header.trim()] = null;
  for (const [target, { header }] of best) mapping[header] = target;
  return mapping;
}

/** Column index per mapped target, for the headers of one file. */
export type ColumnIndex = Partial<Record<MappingTarget, number>>;

/**
 * Checks a mapping, against the file's headers when given: unknown target fields, a target fed by two
 * columns, headers missing from (or repeated in) the file, and the required externalId plus firstName and
 * lastName, or a full name. Returns the usable column index along with the problems (empty when valid).
 */
export function resolveMapping(
  mapping: ColumnMapping,
  headers?: readonly string[],
): { columns: ColumnIndex; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const columns: ColumnIndex = {};
  const mappedFrom = new Map<MappingTarget, string>();
  const trimmedHeaders = headers?.map((h) => h.trim());
  for (const [rawHeader, field] of Object.entries(mapping)) {
    if (field === null || field === '') continue;
    const header = rawHeader.trim();
    if (!isTarget(field)) {
      problems.push({ header, field, message: `Column "${header}" is mapped to unknown field "${field}".` });
      continue;
    }
    const previous = mappedFrom.get(field);
    if (previous !== undefined) {
      problems.push({ header, field, message: `Field ${field} is mapped from both "${previous}" and "${header}".` });
      continue;
    }
    mappedFrom.set(field, header);
    if (!trimmedHeaders) continue;
    const index = trimmedHeaders.indexOf(header);
    if (index < 0) problems.push({ header, field, message: `Column "${header}" is not in the file.` });
    else if (trimmedHeaders.indexOf(header, index + 1) >= 0) {
      problems.push({ header, field, message: `Column "${header}" appears more than once in the file.` });
    } else columns[field] = index;
  }
  if (!mappedFrom.has('externalId')) {
    problems.push({ header: null, field: 'externalId', message: 'Field externalId must be mapped.' });
  }
  const hasFullName = mappedFrom.has('fullName');
  for (const field of ['firstName', 'lastName'] as const) {
    if (!mappedFrom.has(field) && !hasFullName) {
      problems.push({ header: null, field, message: `Field ${field} must be mapped (or a full name column).` });
    }
  }
  return { columns, problems };
}

/** The problems of a mapping (see resolveMapping); empty when it can be used. */
export function validateMapping(mapping: ColumnMapping, headers?: readonly string[]): MappingProblem[] {
  return resolveMapping(mapping, headers).problems;
}
