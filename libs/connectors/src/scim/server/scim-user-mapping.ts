/** Between the SCIM user model, the sync engine's SourceEmployee and the SCIM resource returned to clients. */
import { SourceEmployee, SyncField } from '../../core/ports';
import { ScimError, ScimUserModel, ScimUserResource, toScimResource } from '../protocol';
import type { ScimUserRow } from './scim-users.repository';

/** The fields a SCIM push provides to the engine (a push always carries the whole user). */
export const SCIM_FIELDS: readonly SyncField[] = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'managerExternalId', 'status'];

const EMAILISH = /^[^\s@]+@[^\s@]+$/;
const blank = (v: string | undefined | null): string | null => (v && v.trim() ? v.trim() : null);

/** The work email: primary, else type work, else the first, else a userName that is an email address. */
export function workEmail(model: ScimUserModel): string | null {
  const emails = model.emails ?? [];
  const pick = emails.find((e) => e.primary) ?? emails.find((e) => e.type?.toLowerCase() === 'work') ?? emails[0];
  return blank(pick?.value) ?? (EMAILISH.test(model.userName) ? model.userName.trim() : null);
}

/** Skillpath's names and email of the person a SCIM user is (an existing user, or the employee a POST links). */
export type HeldPerson = Pick<ScimUserRow, 'first_name' | 'last_name' | 'email'>;

/** Names from a userName (its local part when it is an email): "maya.lopez@x" gives "maya" and "lopez"; one word is both names. */
function namesOfUserName(userName: string): { first: string; last: string } {
  const local = EMAILISH.test(userName.trim()) ? userName.trim().split('@')[0] : userName.trim();
  const parts = local.split(/[\s._+-]+/).filter(Boolean);
  const first = parts[0] ?? local;
  return { first, last: parts.length > 1 ? parts.slice(1).join(' ') : first };
}

/**
 * The employee's names. `name` and displayName are optional in SCIM (see /Schemas), and Skillpath needs both
 * names: what the user does not give is kept as Skillpath holds it (`held`), or, for a new person, taken from
 * the userName.
 */
function names(model: ScimUserModel, held: HeldPerson | null): { first: string; last: string } {
  let first = blank(model.name?.givenName);
  let last = blank(model.name?.familyName);
  const whole = blank(model.name?.formatted) ?? blank(model.displayName);
  if ((!first || !last) && whole) {
    const parts = whole.split(/\s+/);
    first ??= parts[0];
    last ??= parts.length > 1 ? parts.slice(1).join(' ') : null;
  }
  const fallback = held ? { first: held.first_name, last: held.last_name } : namesOfUserName(model.userName);
  return { first: first ?? fallback.first, last: last ?? fallback.last };
}

/**
 * The engine record of a SCIM user; `managerRefKey` is the manager's external key (resolved by the caller).
 * Without an email ('emails' is optional), an email-shaped userName is the email, else the one Skillpath holds.
 */
export function toSourceEmployee(model: ScimUserModel, refKey: string, managerRefKey: string | null, held: HeldPerson | null): SourceEmployee {
  const email = workEmail(model) ?? held?.email ?? null;
  if (!email) throw ScimError.invalidValue("A new user needs a work email: 'emails', or a 'userName' that is an email address");
  const { first, last } = names(model, held);
  return {
    externalId: refKey,
    employeeNumber: blank(model.enterprise?.employeeNumber),
    firstName: first,
    lastName: last,
    email,
    department: blank(model.enterprise?.department),
    jobTitle: blank(model.title),
    managerExternalId: managerRefKey,
    status: model.active ? 'ACTIVE' : 'TERMINATED',
  };
}

/** The model as pushed last (from external_ref.payload.scim), for PATCH; the row's columns fill what is missing. */
export function currentModel(row: ScimUserRow): ScimUserModel {
  const stored = row.scim ?? { userName: row.email, active: row.active };
  return { ...structuredClone(stored), active: row.active };
}

/** The model with the department a Group membership gives it (a department name), or with none (null). */
export function withDepartment(model: ScimUserModel, department: string | null): ScimUserModel {
  const next = structuredClone(model);
  if (department) (next.enterprise ??= {}).department = department;
  else if (next.enterprise) {
    delete next.enterprise.department;
    if (Object.keys(next.enterprise).length === 0) delete next.enterprise;
  }
  return next;
}

/** Whether the department of `next` is still the one a Group membership gave the user `row`. */
export function departmentStillViaGroup(row: ScimUserRow, next: ScimUserModel): boolean {
  return row.department_via_group && (next.enterprise?.department ?? null) === (currentModel(row).enterprise?.department ?? null);
}

/**
 * A PUT replaces the user, but a body without a department keeps the one a Group membership gave it: Okta
 * updates profiles with PUT and pushes group memberships separately, and must not undo its own group push.
 */
export function keepGroupDepartment(row: ScimUserRow, incoming: ScimUserModel): ScimUserModel {
  const fromGroup = row.department_via_group ? currentModel(row).enterprise?.department : undefined;
  return fromGroup && !incoming.enterprise?.department ? withDepartment(incoming, fromGroup) : incoming;
}

/** The SCIM resource: SCIM-only attributes as pushed, HR data (names, email, department, manager, status) as it is now. */
export function toResource(row: ScimUserRow, baseUrl: string): ScimUserResource {
  const stored = row.scim ?? { userName: row.email, active: row.active };
  const emails = stored.emails?.length ? stored.emails : [{ value: row.email, type: 'work', primary: true }];
  const enterprise = {
    ...(stored.enterprise?.organization ? { organization: stored.enterprise.organization } : {}),
    ...(row.employee_number ? { employeeNumber: row.employee_number } : {}),
    ...(row.department ? { department: row.department } : {}),
    ...(row.manager_id ? { manager: { value: row.manager_id, displayName: row.manager_name ?? undefined } } : {}),
  };
  const model: ScimUserModel = {
    userName: stored.userName,
    externalId: stored.externalId,
    displayName: stored.displayName,
    active: row.active,
    name: { givenName: row.first_name, familyName: row.last_name, formatted: stored.name?.formatted ?? `${row.first_name} ${row.last_name}` },
    emails,
    title: row.title ?? undefined,
    enterprise: Object.keys(enterprise).length ? enterprise : undefined,
  };
  const resource = toScimResource(model, row.id, { created: row.created_at, lastModified: row.updated_at }, baseUrl);
  if (!row.department_id || row.group_deleted) return resource;
  // RFC 7643 §4.1.2: the groups the user belongs to (readOnly): here, the department, unless this client deleted its group.
  const group = { value: row.department_id, $ref: `${baseUrl.replace(/\/+$/, '')}/Groups/${row.department_id}`, display: row.department ?? undefined, type: 'direct' as const };
  return { ...resource, groups: [group] };
}
