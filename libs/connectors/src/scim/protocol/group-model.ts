/**
 * The plain group model the SCIM layer works on (RFC 7643 §4.2), parsed from POST/PUT Group bodies and turned
 * back into the Group resource. Members are Users only: a member of type Group (nested groups) is refused.
 */
import { ScimError } from './errors';
import { isPlainObject, readKey, toStringValue } from './patch-values';
import { GROUP_URN_LC, SCIM_GROUP_SCHEMA } from './urns';

export interface ScimMemberRef {
  /** The member's SCIM id. */
  value: string;
  display?: string;
}

export interface ScimGroupModel {
  displayName: string;
  /** The client's id of the group (RFC 7643 §3.1); absent when it sent none. */
  externalId?: string;
  members: ScimMemberRef[];
}

export interface ScimGroupResource {
  schemas: string[];
  id: string;
  externalId?: string;
  displayName: string;
  members?: Array<{ value: string; $ref: string; type: 'User'; display?: string }>;
  meta: { resourceType: 'Group'; created: string; lastModified: string; location: string };
}

export const sameMember = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A required, non-empty displayName. */
export function toDisplayName(value: unknown): string {
  const name = toStringValue(value ?? null, 'displayName')?.trim();
  if (!name) throw ScimError.invalidValue("The required attribute 'displayName' is missing or empty");
  return name;
}

function toMember(raw: unknown): ScimMemberRef {
  if (typeof raw === 'string' && raw.trim()) return { value: raw.trim() };
  if (!isPlainObject(raw)) throw ScimError.invalidValue("'members' entries must be objects with a 'value'");
  const value = toStringValue(readKey(raw, 'value') ?? null, 'members.value')?.trim();
  if (!value) throw ScimError.invalidValue("Every 'members' entry needs a 'value' (the member's id)");
  const type = toStringValue(readKey(raw, 'type') ?? null, 'members.type');
  if (type && type.toLowerCase() !== 'user') throw ScimError.invalidValue(`Only users can be members of a group, not '${type}' ${value}`);
  return { value };
}

/** A `members` value: an array of member objects, a single one, or null/[] for none. Duplicates are dropped. */
export function toMembers(value: unknown): ScimMemberRef[] {
  if (value === null || value === undefined) return [];
  const out: ScimMemberRef[] = [];
  for (const member of (Array.isArray(value) ? value : [value]).map(toMember)) {
    if (!out.some((m) => sameMember(m.value, member.value))) out.push(member);
  }
  return out;
}

/** An externalId value: a string, or none (undefined) for null or ''. */
export function toExternalId(value: unknown): string | undefined {
  return toStringValue(value ?? null, 'externalId') ?? undefined;
}

/** The model with this externalId, or without one. */
export function withExternalId(group: ScimGroupModel, externalId: string | undefined): ScimGroupModel {
  const { externalId: _old, ...rest } = group;
  return externalId === undefined ? rest : { ...rest, externalId };
}

/**
 * The body's attributes, with those given under the core Group schema URN brought to the top level: an object keyed
 * by the URN, or fully qualified keys such as `urn:ietf:params:scim:schemas:core:2.0:Group:displayName` (RFC 7644
 * §3.10), as User bodies accept them.
 */
function coreAttributes(body: Record<string, unknown>): Record<string, unknown> {
  const prefix = `${GROUP_URN_LC}:`;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const lower = key.toLowerCase();
    if (lower === GROUP_URN_LC) {
      if (isPlainObject(value)) Object.assign(out, value);
    } else if (lower.startsWith(prefix)) out[key.slice(prefix.length)] = value;
    else out[key] = value;
  }
  return out;
}

/**
 * Parses a POST/PUT Group body (attribute names case-insensitive, plain or under the core Group URN): displayName,
 * externalId and members; other attributes are ignored. A PUT body without externalId replaces the group with one
 * that has none.
 */
export function fromScimGroup(body: unknown): ScimGroupModel {
  if (!isPlainObject(body)) throw ScimError.invalidSyntax('The request body must be a SCIM Group JSON object');
  const attrs = coreAttributes(body);
  const group = { displayName: toDisplayName(readKey(attrs, 'displayName')), members: toMembers(readKey(attrs, 'members')) };
  return withExternalId(group, toExternalId(readKey(attrs, 'externalId')));
}

/** The Group resource; `members` is left out when the client excluded it (the caller did not read them). */
export function toScimGroupResource(
  id: string,
  group: { displayName: string; externalId?: string | null; members: ScimMemberRef[] | null },
  meta: { created: Date | string; lastModified: Date | string },
  baseUrl: string,
): ScimGroupResource {
  const root = baseUrl.replace(/\/+$/, '');
  const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : v);
  return {
    schemas: [SCIM_GROUP_SCHEMA],
    id,
    ...(group.externalId ? { externalId: group.externalId } : {}),
    displayName: group.displayName,
    ...(group.members
      ? { members: group.members.map((m) => ({ value: m.value, $ref: `${root}/Users/${encodeURIComponent(m.value)}`, type: 'User' as const, ...(m.display ? { display: m.display } : {}) })) }
      : {}),
    meta: { resourceType: 'Group', created: iso(meta.created), lastModified: iso(meta.lastModified), location: `${root}/Groups/${encodeURIComponent(id)}` },
  };
}
