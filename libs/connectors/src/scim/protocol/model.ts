/**
 * The plain user model the SCIM layer works on, and its conversion from/to SCIM User JSON (RFC 7643 §4.1, §4.3).
 * Attributes outside this model (phoneNumbers, addresses, password, groups, other extensions) are ignored on input.
 */
import { ScimError } from './errors';
import { applyPatch, normalizeAttributes } from './patch';
import { SCIM_ENTERPRISE_USER_SCHEMA, SCIM_USER_SCHEMA } from './urns';

export interface ScimName {
  givenName?: string;
  familyName?: string;
  formatted?: string;
}

export interface ScimEmail {
  value: string;
  type?: string;
  primary?: boolean;
}

export interface ScimManagerRef {
  /** The manager's SCIM id. */
  value?: string;
  displayName?: string;
}

export interface ScimEnterpriseUser {
  employeeNumber?: string;
  department?: string;
  organization?: string;
  /** null: the manager was explicitly removed. */
  manager?: ScimManagerRef | null;
}

export interface ScimUserModel {
  userName: string;
  externalId?: string;
  active: boolean;
  displayName?: string;
  name?: ScimName;
  emails?: ScimEmail[];
  title?: string;
  enterprise?: ScimEnterpriseUser;
}

export interface ScimResourceMeta {
  created: Date | string;
  lastModified: Date | string;
  /** Weak ETag, e.g. W/"3"; omitted when absent (ETags are not supported yet). */
  version?: string;
}

export interface ScimUserResource {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name?: ScimName;
  displayName?: string;
  title?: string;
  emails?: ScimEmail[];
  active: boolean;
  [SCIM_ENTERPRISE_USER_SCHEMA]?: {
    employeeNumber?: string;
    department?: string;
    organization?: string;
    manager?: { value?: string; $ref?: string; displayName?: string };
  };
  /** readOnly: the groups the user is a member of (RFC 7643 §4.1.2). */
  groups?: Array<{ value: string; $ref: string; display?: string; type: 'direct' | 'indirect' }>;
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string; version?: string };
}

/**
 * Parses a POST/PUT User body. Attribute names are matched case-insensitively; `active` accepts "True"/"False";
 * dotted keys and extension URN keys are understood as in PATCH. A missing or empty userName is
 * ScimError(400, invalidValue); `active` is optional: without it, `defaultActive` (true for a new user, the
 * current value for a PUT).
 */
export function fromScimResource(body: unknown, defaultActive = true): ScimUserModel {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw ScimError.invalidSyntax('The request body must be a SCIM User JSON object');
  }
  const ops = normalizeAttributes('replace', body as Record<string, unknown>);
  const user = applyPatch({ userName: '', active: defaultActive }, ops);
  if (!user.userName.trim()) throw ScimError.invalidValue("The required attribute 'userName' is missing or empty");
  return user;
}

function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}

function defined<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

function enterpriseResource(ent: ScimEnterpriseUser | undefined, baseUrl: string): ScimUserResource[typeof SCIM_ENTERPRISE_USER_SCHEMA] {
  if (!ent) return undefined;
  const manager = ent.manager?.value || ent.manager?.displayName
    ? defined({
        value: ent.manager.value,
        $ref: ent.manager.value ? `${baseUrl}/Users/${encodeURIComponent(ent.manager.value)}` : undefined,
        displayName: ent.manager.displayName,
      })
    : undefined;
  const out = defined({ employeeNumber: ent.employeeNumber, department: ent.department, organization: ent.organization, manager });
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Builds the SCIM User representation; `baseUrl` is the SCIM root (e.g. https://host/scim/v2), used for meta.location and manager.$ref. */
export function toScimResource(model: ScimUserModel, id: string, meta: ScimResourceMeta, baseUrl: string): ScimUserResource {
  const root = baseUrl.replace(/\/+$/, '');
  const enterprise = enterpriseResource(model.enterprise, root);
  const name = model.name ? defined({ formatted: model.name.formatted, familyName: model.name.familyName, givenName: model.name.givenName }) : undefined;
  const resource: ScimUserResource = defined({
    schemas: enterprise ? [SCIM_USER_SCHEMA, SCIM_ENTERPRISE_USER_SCHEMA] : [SCIM_USER_SCHEMA],
    id,
    externalId: model.externalId,
    userName: model.userName,
    name: name && Object.keys(name).length > 0 ? name : undefined,
    displayName: model.displayName,
    title: model.title,
    emails: model.emails?.length ? model.emails.map((e) => defined({ value: e.value, type: e.type, primary: e.primary })) : undefined,
    active: model.active,
    [SCIM_ENTERPRISE_USER_SCHEMA]: enterprise,
    meta: defined({
      resourceType: 'User' as const,
      created: iso(meta.created),
      lastModified: iso(meta.lastModified),
      location: `${root}/Users/${encodeURIComponent(id)}`,
      version: meta.version,
    }),
  });
  return resource;
}
