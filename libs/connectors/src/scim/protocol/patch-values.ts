/** Lenient coercion of PATCH/POST values as Entra ID and Okta send them (boolean strings, one-element arrays, {value} wrappers). */
import { ScimError } from './errors';
import type { ScimEmail, ScimManagerRef } from './model';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a key case-insensitively (SCIM attribute names are case-insensitive). */
export function readKey(obj: Record<string, unknown>, name: string): unknown {
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

/** `[x]` -> x, `[]` -> null; `{ value: x }` -> x for simple attributes. */
export function unwrapSimple(value: unknown, what: string): unknown {
  let v = value;
  if (Array.isArray(v)) {
    if (v.length > 1) throw ScimError.invalidValue(`'${what}' is single-valued but ${v.length} values were given`);
    v = v.length === 0 ? null : v[0];
  }
  if (isPlainObject(v)) {
    const inner = readKey(v, 'value');
    if (inner === undefined) throw ScimError.invalidValue(`'${what}' needs a simple value, not an object`);
    v = inner;
  }
  return v;
}

/** A string attribute value; '' and null clear the attribute (null). */
export function toStringValue(value: unknown, what: string): string | null {
  const v = unwrapSimple(value, what);
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw ScimError.invalidValue(`'${what}' needs a string value`);
}

/** A boolean that may arrive as "True"/"False" (Entra ID). */
export function toBooleanValue(value: unknown, what: string): boolean {
  const v = unwrapSimple(value, what);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) return v.trim().toLowerCase() === 'true';
  throw ScimError.invalidValue(`'${what}' needs a boolean value (true or false), got ${JSON.stringify(v)}`);
}

function toEmail(raw: unknown, requireValue: boolean): Partial<ScimEmail> {
  if (typeof raw === 'string' && raw) return { value: raw };
  if (!isPlainObject(raw)) throw ScimError.invalidValue("'emails' entries must be objects with a 'value'");
  const value = toStringValue(readKey(raw, 'value') ?? null, 'emails.value');
  if (requireValue && !value) throw ScimError.invalidValue("Every 'emails' entry needs a 'value'");
  const type = toStringValue(readKey(raw, 'type') ?? null, 'emails.type');
  const primaryRaw = readKey(raw, 'primary');
  const email: Partial<ScimEmail> = {};
  if (value) email.value = value;
  if (type) email.type = type;
  if (primaryRaw !== undefined && primaryRaw !== null) email.primary = toBooleanValue(primaryRaw, 'emails.primary');
  return email;
}

/** The whole `emails` value: an array of email objects, a single object, or null (no emails). */
export function toEmails(value: unknown): ScimEmail[] {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((raw) => toEmail(raw, true) as ScimEmail);
}

/** One email's sub-attributes for `emails[filter]` add/replace (a one-element array is accepted). */
export function toEmailPatch(value: unknown): Partial<ScimEmail> {
  const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return toEmail(v, false);
}

/** The manager as `{ value: "id" }`, `"id"`, `[{ value: "id" }]`; null, '' and `{ value: "" }` clear it. */
export function toManager(value: unknown): ScimManagerRef | null {
  let v = value;
  if (Array.isArray(v)) {
    if (v.length > 1) throw ScimError.invalidValue("'manager' is single-valued");
    v = v[0];
  }
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number') return { value: String(v) };
  if (!isPlainObject(v)) throw ScimError.invalidValue("'manager' needs an object with a 'value' or a manager id");
  const id = toStringValue(readKey(v, 'value') ?? null, 'manager.value');
  const displayName = toStringValue(readKey(v, 'displayName') ?? null, 'manager.displayName');
  if (!id && !displayName) return null;
  return { ...(id ? { value: id } : {}), ...(displayName ? { displayName } : {}) };
}
