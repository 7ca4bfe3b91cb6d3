/**
 * SCIM PATCH (RFC 7644 §3.5.2): normalizePatch() turns a PatchOp body into canonical per-attribute operations,
 * applyPatch() (patch-apply.ts) applies them to a ScimUserModel.
 *
 * Tolerated, because Microsoft Entra ID and Okta send it:
 * - op names in any case ("Replace", "Add", "Remove");
 * - path-less add/replace whose value is an object of attributes, including dotted keys ("name.givenName"),
 *   the enterprise URN as a key holding an object, and full-URN keys ("urn:...:enterprise:2.0:User:manager");
 *   a one-element array around that object is unwrapped;
 * - simple attributes given as `[{ "value": x }]` or `{ "value": x }`; "True"/"False" for booleans;
 * - the manager as `{ "value": "id" }`, `"id"` or `[{ "value": "id" }]` ('' or null clear it);
 * - value-filter paths such as `emails[type eq "work"].value` (an add/replace that matches nothing creates the email);
 * - enterprise attributes without their URN (`employeeNumber`, `manager`).
 * Attributes the model does not hold (phoneNumbers, addresses, other extensions...) are skipped and reported to
 * options.onIgnored; id, meta and schemas keys inside value objects are skipped silently.
 */
import { ScimError } from './errors';
import { parsePatchPath } from './filter';
import type { ScimEmail, ScimManagerRef } from './model';
import { resolveTarget, targetPath, UserTarget } from './patch-targets';
import { PatchOpName, pathlessValue, readPatchOperations } from './patch-message';
import { isPlainObject, toBooleanValue, toEmailPatch, toEmails, toManager, toStringValue } from './patch-values';
import { SCIM_ENTERPRISE_USER_SCHEMA, USER_URN_LC } from './urns';

export { applyPatch } from './patch-apply';
export type { UserTarget } from './patch-targets';

export type { PatchOpName } from './patch-message';
export type ScimPatchValue = string | boolean | null | ScimEmail[] | Partial<ScimEmail> | ScimManagerRef;
export type ScimPatchTarget = Exclude<UserTarget, { kind: 'root' }>;

export interface ScimPatchOperation {
  readonly op: PatchOpName;
  /** Canonical path for logs and audit, e.g. `name.givenName` or `emails[type eq "work"].value`. */
  readonly path: string;
  readonly target: ScimPatchTarget;
  /** Normalized value; absent for remove (except `remove emails` with a list of emails to drop). */
  readonly value?: ScimPatchValue;
}

export interface NormalizeOptions {
  /** Called with each path or key that names an attribute the model does not hold. */
  readonly onIgnored?: (path: string) => void;
}

const SKIPPED_KEYS: ReadonlySet<string> = new Set(['schemas', 'id', 'meta']);
const NAME_KEYS: Readonly<Record<string, 'givenName' | 'familyName' | 'formatted'>> = {
  givenname: 'givenName',
  familyname: 'familyName',
  formatted: 'formatted',
};

function operation(op: PatchOpName, target: ScimPatchTarget, value?: ScimPatchValue): ScimPatchOperation {
  return value === undefined ? { op, path: targetPath(target), target } : { op, path: targetPath(target), target, value };
}

function forTarget(op: PatchOpName, target: ScimPatchTarget, value: unknown, options: NormalizeOptions): ScimPatchOperation[] {
  if (op === 'remove') {
    const dropList = target.kind === 'emails' && !target.filter && !target.sub && value !== undefined && value !== null;
    return [operation(op, target, dropList ? toEmails(value) : undefined)];
  }
  switch (target.kind) {
    case 'scalar': {
      const text = toStringValue(value, target.attr);
      if (target.attr === 'userName' && !text) throw ScimError.invalidValue("'userName' is required and cannot be empty");
      return [operation(op, target, text)];
    }
    case 'active':
      return [operation(op, target, toBooleanValue(value, 'active'))];
    case 'name':
      if (target.sub) return [operation(op, target, toStringValue(value, `name.${target.sub}`))];
      return expandName(op, value, options);
    case 'emails':
      if (target.sub === 'primary') return [operation(op, target, toBooleanValue(value, 'emails.primary'))];
      if (target.sub) return [operation(op, target, toStringValue(value, `emails.${target.sub}`))];
      return [operation(op, target, target.filter ? toEmailPatch(value) : toEmails(value))];
    case 'enterprise':
      if (value === null) return [operation('remove', target)];
      if (!isPlainObject(value)) throw ScimError.invalidValue(`'${SCIM_ENTERPRISE_USER_SCHEMA}' needs an object value`);
      return normalizeAttributes(op, value, options, SCIM_ENTERPRISE_USER_SCHEMA);
    case 'enterpriseAttr':
      return [operation(op, target, toStringValue(value, target.attr))];
    case 'manager':
      return [operation(op, target, target.sub ? toStringValue(value, `manager.${target.sub}`) : toManager(value))];
  }
}

function expandName(op: PatchOpName, value: unknown, options: NormalizeOptions): ScimPatchOperation[] {
  if (value === null) return [operation('remove', { kind: 'name' })];
  if (!isPlainObject(value)) throw ScimError.invalidValue("'name' needs an object value");
  return Object.entries(value).flatMap(([key, v]) => {
    const sub = NAME_KEYS[key.toLowerCase()];
    if (!sub) {
      options.onIgnored?.(`name.${key}`);
      return [];
    }
    return forTarget(op, { kind: 'name', sub }, v, options);
  });
}

/**
 * Operations for an object of attributes: a path-less add/replace value, or a POST/PUT body.
 * `prefix` is the schema URN the keys belong to (used when expanding the enterprise extension object).
 */
export function normalizeAttributes(
  op: 'add' | 'replace',
  attributes: Readonly<Record<string, unknown>>,
  options: NormalizeOptions = {},
  prefix?: string,
): ScimPatchOperation[] {
  const out: ScimPatchOperation[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const lower = key.toLowerCase();
    if (!prefix && SKIPPED_KEYS.has(lower)) continue;
    if (!prefix && lower === USER_URN_LC) {
      if (isPlainObject(value)) out.push(...normalizeAttributes(op, value, options));
      continue;
    }
    const text = prefix ? `${prefix}:${key}` : key;
    let target: UserTarget | null = null;
    try {
      target = resolveTarget(parsePatchPath(text), text);
    } catch (err) {
      if (!(err instanceof ScimError)) throw err;
    }
    if (!target || target.kind === 'root') {
      options.onIgnored?.(text);
      continue;
    }
    out.push(...forTarget(op, target, value, options));
  }
  return out;
}

/** Normalizes a PatchOp request body; throws ScimError (400) for malformed bodies, ops, paths or values. */
export function normalizePatch(body: unknown, options: NormalizeOptions = {}): ScimPatchOperation[] {
  return readPatchOperations(body).flatMap(({ index, op, path, value }) => {
    if (path === null) return normalizeAttributes(op, pathlessValue(value, index), options);
    const target = resolveTarget(parsePatchPath(path), path);
    if (!target) {
      options.onIgnored?.(path);
      return [];
    }
    if (target.kind === 'root') {
      if (op === 'remove') throw ScimError.mutability('The whole User resource cannot be removed with PATCH');
      return normalizeAttributes(op, pathlessValue(value, index), options);
    }
    if (op !== 'remove' && value === undefined) throw ScimError.invalidValue(`Operations[${index}] (${op} ${path}) needs a value`);
    return forTarget(op, target, value, options);
  });
}
