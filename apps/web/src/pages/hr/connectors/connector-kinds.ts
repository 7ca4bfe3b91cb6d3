/** Connector kinds HR can create, in plain words. */
export const CONNECTOR_KINDS = [
  { value: 'SCIM', label: 'SCIM (your identity provider, e.g. Entra ID or Okta, sends people)' },
  { value: 'CSV', label: 'CSV upload (a file of people from your HR system)' },
  { value: 'BAMBOOHR', label: 'BambooHR (Skillpath pulls people on a schedule)' },
  { value: 'CSV_METRICS', label: 'Performance metrics by CSV upload' },
  { value: 'REST_METRICS', label: 'Performance metrics pulled from a web service' },
];

export const kindLabel = (kind: string) => CONNECTOR_KINDS.find((k) => k.value === kind)?.label.replace(/ \(.*$/, '') ?? kind;

/** Kinds Skillpath pulls from (a "Sync now" button and a schedule make sense). */
export const PULL_KINDS = new Set(['BAMBOOHR', 'REST_METRICS']);

/** The employee fields a CSV column can fill, in plain words. */
export const CSV_FIELDS = [
  { value: 'externalId', label: 'ID in your HR system (required)' },
  { value: 'firstName', label: 'First name' },
  { value: 'lastName', label: 'Last name' },
  { value: 'fullName', label: 'Full name' },
  { value: 'email', label: 'Work email' },
  { value: 'employeeNumber', label: 'Employee number' },
  { value: 'department', label: 'Department' },
  { value: 'jobTitle', label: 'Job title' },
  { value: 'location', label: 'Location' },
  { value: 'managerExternalId', label: "Manager's ID in your HR system" },
  { value: 'status', label: 'Employment status' },
  { value: 'workContext', label: 'Work context (remote, hybrid, on site)' },
  { value: 'hireDate', label: 'Hire date' },
];

const squash = (s: string) => s.toLowerCase().replace(/[\s_\-./]+/g, '');

/** A first guess of the field each column fills: the header spelled as a field name ("First name" → firstName). */
export function guessMapping(headers: string[]): Record<string, string | null> {
  const byName = new Map(CSV_FIELDS.map((f) => [squash(f.value), f.value]));
  return Object.fromEntries(headers.map((h) => [h, byName.get(squash(h)) ?? null]));
}

/** The header line of a CSV file (quoted headers unquoted). */
export function csvHeaders(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1').trim()).filter(Boolean);
}

const FIELD_WORDS: Record<string, string> = { ...Object.fromEntries(CSV_FIELDS.map((f) => [f.value, f.label.replace(/ \(required\)$/, '')])), managerId: 'Manager', status: 'Status' };
/** A person field in words ("email" → "Work email"); "row" is the line as a whole. */
export const fieldWords = (field: string) => (field === 'row' ? 'The whole line' : (FIELD_WORDS[field] ?? field));
