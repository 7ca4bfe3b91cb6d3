/**
 * SCIM PATCH of a Group (RFC 7644 §3.5.2): normalizeGroupPatch() reads the operations, applyGroupPatch()
 * applies them to a ScimGroupModel. Shapes accepted because Microsoft Entra ID and Okta send them:
 * - `add members` with an array of `{ value }` (Entra adds `$ref: null`, Okta `display`); a member already present
 *   is left as it is;
 * - `remove members[value eq "id"]` (Okta) and `remove members` with a value array (Entra: only those members
 *   are removed, not all of them); `remove members` without a value removes every member;
 * - `replace members` with the full list; `replace displayName`; a path-less `replace` with an object of
 *   attributes (Okta sends `{ id, displayName }`); op names in any case;
 * - `Replace externalId` (Entra) or a path-less `replace` of `{ externalId }` (Okta) sets the externalId; `remove
 *   externalId`, or a null or '' value, clears it.
 * Removing a member that is not in the group succeeds and changes nothing. Attributes a Group here does not hold
 * (other schemas) are skipped and reported to options.onIgnored.
 */
import { ScimError } from './errors';
import { formatAttrPath, ScimFilter } from './filter-ast';
import { parsePatchPath } from './filter';
import { matchesValueFilter } from './filter-match';
import { sameMember, ScimGroupModel, ScimMemberRef, toDisplayName, toExternalId, toMembers, withExternalId } from './group-model';
import { PatchOpName, pathlessValue, readPatchOperations } from './patch-message';
import type { NormalizeOptions } from './patch';
import { GROUP_URN_LC } from './urns';

export type GroupPatchOperation =
  | { readonly op: 'add' | 'replace'; readonly target: 'displayName'; readonly displayName: string }
  /** No externalId: the group's is cleared. */
  | { readonly op: PatchOpName; readonly target: 'externalId'; readonly externalId?: string }
  | { readonly op: 'add' | 'replace'; readonly target: 'members'; readonly members: ScimMemberRef[] }
  /** Neither filter nor members: every member is removed. */
  | { readonly op: 'remove'; readonly target: 'members'; readonly filter?: ScimFilter; readonly members?: ScimMemberRef[] };

type GroupTarget = { readonly attr: 'displayName' } | { readonly attr: 'externalId' } | { readonly attr: 'members'; readonly filter?: ScimFilter } | { readonly attr: 'root' };

const SKIPPED_KEYS: ReadonlySet<string> = new Set(['schemas', 'id', 'meta']);
const MEMBER_SUBS: ReadonlySet<string> = new Set(['value', 'display', 'type']);

/** A member filter may only test the member's value, display or type. */
function checkMemberFilter(filter: ScimFilter, path: string): void {
  switch (filter.kind) {
    case 'and':
    case 'or':
      checkMemberFilter(filter.left, path);
      checkMemberFilter(filter.right, path);
      return;
    case 'not':
      checkMemberFilter(filter.filter, path);
      return;
    case 'valuePath':
      throw ScimError.invalidPath(`Value filters cannot be nested in '${path}'`);
    default:
      if (filter.path.uri || filter.path.sub || !MEMBER_SUBS.has(filter.path.attr.toLowerCase())) {
        throw ScimError.invalidPath(`'${path}' can only filter members by value, display or type, not '${formatAttrPath(filter.path)}'`);
      }
  }
}

/** What a path addresses, or null for an attribute a Group here does not hold. */
function resolveGroupTarget(path: string): GroupTarget | null {
  const parsed = parsePatchPath(path);
  if (parsed.schemaUrn) return parsed.schemaUrn.toLowerCase() === GROUP_URN_LC ? { attr: 'root' } : null;
  if (parsed.path.uri && parsed.path.uri.toLowerCase() !== GROUP_URN_LC) return null;
  const attr = parsed.path.attr.toLowerCase();
  const sub = parsed.subAttr ?? parsed.path.sub;
  if (attr === 'displayname' || attr === 'externalid') {
    const target: GroupTarget = attr === 'displayname' ? { attr: 'displayName' } : { attr: 'externalId' };
    if (sub || parsed.valueFilter) throw ScimError.invalidPath(`'${target.attr}' is a simple attribute, so '${path}' cannot address it`);
    return target;
  }
  if (attr !== 'members') return null;
  if (sub) throw ScimError.mutability(`The sub-attributes of a member cannot be changed ('${path}'); remove the member and add another`);
  if (parsed.valueFilter) checkMemberFilter(parsed.valueFilter, path);
  return parsed.valueFilter ? { attr: 'members', filter: parsed.valueFilter } : { attr: 'members' };
}

function forTarget(op: PatchOpName, target: Exclude<GroupTarget, { attr: 'root' }>, value: unknown, where: string): GroupPatchOperation[] {
  if (target.attr === 'displayName') {
    if (op === 'remove') throw ScimError.invalidValue("'displayName' is required and cannot be removed");
    return [{ op, target: 'displayName', displayName: toDisplayName(value) }];
  }
  if (target.attr === 'externalId') {
    const externalId = op === 'remove' ? undefined : toExternalId(value);
    return [externalId === undefined ? { op, target: 'externalId' } : { op, target: 'externalId', externalId }];
  }
  if (op === 'remove') {
    if (target.filter) return [{ op, target: 'members', filter: target.filter }];
    return [value === undefined || value === null ? { op, target: 'members' } : { op, target: 'members', members: toMembers(value) }];
  }
  if (target.filter) throw ScimError.invalidPath(`${op} cannot select members with a filter (${where}); remove the member and add another`);
  if (value === undefined) throw ScimError.invalidValue(`${where}: ${op} members needs a value`);
  return [{ op, target: 'members', members: toMembers(value) }];
}

function fromAttributes(op: 'add' | 'replace', attributes: Readonly<Record<string, unknown>>, options: NormalizeOptions): GroupPatchOperation[] {
  return Object.entries(attributes).flatMap(([key, value]) => {
    if (SKIPPED_KEYS.has(key.toLowerCase())) return [];
    let target: GroupTarget | null = null;
    try {
      target = resolveGroupTarget(key);
    } catch (err) {
      if (!(err instanceof ScimError)) throw err;
    }
    if (!target || target.attr === 'root') {
      options.onIgnored?.(key);
      return [];
    }
    return forTarget(op, target, value, key);
  });
}

/** Normalizes a PatchOp body for a Group; throws ScimError (400) for malformed bodies, ops, paths or values. */
export function normalizeGroupPatch(body: unknown, options: NormalizeOptions = {}): GroupPatchOperation[] {
  return readPatchOperations(body).flatMap(({ index, op, path, value }) => {
    if (path === null) return fromAttributes(op, pathlessValue(value, index), options);
    const target = resolveGroupTarget(path);
    if (!target) {
      options.onIgnored?.(path);
      return [];
    }
    if (target.attr === 'root') {
      if (op === 'remove') throw ScimError.mutability('The whole Group resource cannot be removed with PATCH');
      return fromAttributes(op, pathlessValue(value, index), options);
    }
    return forTarget(op, target, value, `Operations[${index}] (${op} ${path})`);
  });
}

function union(members: readonly ScimMemberRef[], more: readonly ScimMemberRef[]): ScimMemberRef[] {
  return [...members, ...more.filter((m) => !members.some((x) => sameMember(x.value, m.value)))];
}

function removed(members: readonly ScimMemberRef[], op: Extract<GroupPatchOperation, { op: 'remove' }>): ScimMemberRef[] {
  const { filter, members: listed } = op;
  if (filter) return members.filter((m) => !matchesValueFilter({ value: m.value, display: m.display, type: 'User' }, filter));
  if (listed) return members.filter((m) => !listed.some((x) => sameMember(x.value, m.value)));
  return [];
}

/** Applies the operations in order to a copy of the group. */
export function applyGroupPatch(group: ScimGroupModel, ops: readonly GroupPatchOperation[]): ScimGroupModel {
  let { displayName, externalId, members } = structuredClone(group);
  for (const op of ops) {
    if (op.target === 'displayName') displayName = op.displayName;
    else if (op.target === 'externalId') externalId = op.externalId;
    else if (op.op === 'remove') members = removed(members, op);
    else members = op.op === 'add' ? union(members, op.members) : union([], op.members);
  }
  return withExternalId({ displayName, members }, externalId);
}
