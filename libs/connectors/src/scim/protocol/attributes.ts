/**
 * The `attributes` and `excludedAttributes` query parameters (RFC 7644 §3.4.2.5, §3.9): comma-separated
 * attribute paths in standard notation (`userName`, `name.givenName`, `emails.value`, a full extension path
 * such as `urn:...:enterprise:2.0:User:department`, or a whole extension URN). `attributes` keeps only the
 * listed ones; `excludedAttributes` drops them from the default set. `id` and `schemas` are always returned.
 * Names are case-insensitive; a name the resource does not have selects nothing.
 */
import { ScimError } from './errors';
import { canonicalAttrPath, isKnownSchemaUrn, parseAttrPathText } from './filter-ast';

export interface AttributeSelection {
  /** Canonical lower-case paths to return, or null for the default set. */
  readonly attributes: readonly string[] | null;
  readonly excluded: readonly string[];
}

type Json = Record<string, unknown>;
const ALWAYS: ReadonlySet<string> = new Set(['id', 'schemas']);

function parseList(raw: unknown, name: string): string[] | null {
  if (raw === undefined || raw === null) return null;
  const text = (Array.isArray(raw) ? raw : [raw]).map(String).join(',');
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      if (isKnownSchemaUrn(item)) return item.toLowerCase();
      const path = parseAttrPathText(item);
      if (!path) throw ScimError.invalidPath(`'${item}' in ${name} is not an attribute name`);
      return canonicalAttrPath(path);
    });
}

export function parseAttributeSelection(query: { readonly attributes?: unknown; readonly excludedAttributes?: unknown }): AttributeSelection {
  return { attributes: parseList(query.attributes, 'attributes'), excluded: parseList(query.excludedAttributes, 'excludedAttributes') ?? [] };
}

/** Whether a top-level attribute (canonical, e.g. `members`) is in the response: callers skip reading what is not. */
export function isReturned(selection: AttributeSelection, attr: string): boolean {
  if (selection.excluded.includes(attr)) return false;
  return !selection.attributes || selection.attributes.some((p) => p === attr || p.startsWith(`${attr}.`));
}

const keyOf = (obj: Json, lower: string): string | undefined => Object.keys(obj).find((k) => k.toLowerCase() === lower);

/** Splits a canonical path into the object holding it (the resource or an extension object) and `attr[.sub]`. */
function locate(resource: Json, path: string): { container: string | null; attr: string; sub?: string } | null {
  let container: string | null = null;
  let rest = path;
  if (path.startsWith('urn:')) {
    container = Object.keys(resource).find((k) => path === k.toLowerCase() || path.startsWith(`${k.toLowerCase()}:`)) ?? null;
    if (!container) return null;
    rest = path.slice(container.length + 1);
    if (!rest) return { container: null, attr: container.toLowerCase() };
  }
  const [attr, sub] = rest.split('.');
  return { container, attr, sub };
}

function holder(obj: Json, container: string | null, create: boolean): Json | undefined {
  if (container === null) return obj;
  if (create && typeof obj[container] !== 'object') obj[container] = {};
  return obj[container] as Json | undefined;
}

/** Where a path's value sits in `obj`: the holding object and its key, or null when `obj` has no such attribute. */
function find(obj: Json, path: string): { source: Json; key: string; container: string | null; attr: string; sub?: string } | null {
  const at = locate(obj, path);
  const source = at ? holder(obj, at.container, false) : undefined;
  const key = at && source ? keyOf(source, at.attr) : undefined;
  return at && source && key !== undefined ? { ...at, source, key } : null;
}

function pick(value: unknown, sub: string): unknown {
  if (Array.isArray(value)) return value.map((el) => (typeof el === 'object' && el !== null ? pick(el, sub) : el));
  if (typeof value !== 'object' || value === null) return undefined;
  const key = keyOf(value as Json, sub);
  return key === undefined ? {} : { [key]: (value as Json)[key] };
}

function merge(into: unknown, more: unknown): unknown {
  if (Array.isArray(into) && Array.isArray(more)) return more.map((el, i) => ({ ...(into[i] as Json), ...(el as Json) }));
  if (typeof into === 'object' && into !== null && typeof more === 'object' && more !== null) return { ...into, ...more };
  return more;
}

function include(resource: Json, paths: readonly string[]): Json {
  const out: Json = {};
  for (const key of Object.keys(resource)) if (ALWAYS.has(key.toLowerCase())) out[key] = resource[key];
  for (const path of paths) {
    const at = find(resource, path);
    if (!at) continue;
    const { source, key } = at;
    const value = at.sub ? pick(source[key], at.sub) : structuredClone(source[key]);
    const target = holder(out, at.container, true) as Json;
    target[key] = key in target ? merge(target[key], value) : value;
  }
  return out;
}

function exclude(resource: Json, paths: readonly string[]): Json {
  const out = structuredClone(resource);
  for (const path of paths) {
    const at = find(out, path);
    if (!at || (at.container === null && ALWAYS.has(at.attr))) continue;
    const { source, key } = at;
    if (!at.sub) delete source[key];
    else for (const el of [source[key]].flat()) if (typeof el === 'object' && el !== null) delete (el as Json)[keyOf(el as Json, at.sub) ?? ''];
  }
  return out;
}

/** The resource as the selection asks for it (a copy); extension objects left empty are dropped. */
export function selectAttributes<T extends object>(resource: T, selection: AttributeSelection): T {
  if (!selection.attributes && selection.excluded.length === 0) return resource;
  let out = resource as unknown as Json;
  if (selection.attributes) out = include(out, selection.attributes);
  if (selection.excluded.length) out = exclude(out, selection.excluded);
  for (const key of Object.keys(out)) {
    const v = out[key];
    if (key.startsWith('urn:') && typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) delete out[key];
  }
  return out as unknown as T;
}
