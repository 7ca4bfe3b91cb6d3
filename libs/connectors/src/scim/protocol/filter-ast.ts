/** AST of SCIM filter expressions (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2), plus attribute-path helpers. */
import { ENTERPRISE_URN_LC, GROUP_URN_LC, USER_URN_LC } from './urns';

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export const COMPARE_OPS: ReadonlySet<string> = new Set<CompareOp>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);

/** A JSON literal of the filter (RFC 7644 compValue). */
export type CompValue = string | number | boolean | null;

/** `[URI ":"] ATTRNAME ["." subAttr]`, names as written by the client (compare them case-insensitively). */
export interface AttrPath {
  readonly uri?: string;
  readonly attr: string;
  readonly sub?: string;
}

export interface CompareNode {
  readonly kind: 'compare';
  readonly path: AttrPath;
  readonly op: CompareOp;
  readonly value: CompValue;
}
export interface PresentNode {
  readonly kind: 'present';
  readonly path: AttrPath;
}
export interface LogicalNode {
  readonly kind: 'and' | 'or';
  readonly left: ScimFilter;
  readonly right: ScimFilter;
}
export interface NotNode {
  readonly kind: 'not';
  readonly filter: ScimFilter;
}
/** `emails[type eq "work"]`: the inner filter's paths are relative to `path` (here `type` means `emails.type`). */
export interface ValuePathNode {
  readonly kind: 'valuePath';
  readonly path: AttrPath;
  readonly filter: ScimFilter;
}

export type ScimFilter = CompareNode | PresentNode | LogicalNode | NotNode | ValuePathNode;

/** A PATCH path: `attrPath`, `attrPath[valFilter]` or `attrPath[valFilter].subAttr`, or a bare schema URN. */
export interface PatchPath {
  readonly path: AttrPath;
  readonly valueFilter?: ScimFilter;
  readonly subAttr?: string;
  /** Set when the path is a whole extension schema URN, e.g. the enterprise User URN. */
  readonly schemaUrn?: string;
}

const CORE_URNS: ReadonlySet<string> = new Set([USER_URN_LC, GROUP_URN_LC]);
const KNOWN_SCHEMA_URNS: ReadonlySet<string> = new Set([USER_URN_LC, GROUP_URN_LC, ENTERPRISE_URN_LC]);
const ATTR_NAME = /^[A-Za-z$][A-Za-z0-9_$-]*$/;

export function isKnownSchemaUrn(text: string): boolean {
  return KNOWN_SCHEMA_URNS.has(text.toLowerCase());
}

/**
 * Lower-case canonical form of a path: core User/Group URN prefixes are dropped (`name.givenname`),
 * extension prefixes kept (`urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber`).
 */
export function canonicalAttrPath(path: AttrPath): string {
  const base = (path.sub ? `${path.attr}.${path.sub}` : path.attr).toLowerCase();
  const uri = path.uri?.toLowerCase();
  return !uri || CORE_URNS.has(uri) ? base : `${uri}:${base}`;
}

/** The path as a client would write it, for error messages. */
export function formatAttrPath(path: AttrPath): string {
  const base = path.sub ? `${path.attr}.${path.sub}` : path.attr;
  return path.uri ? `${path.uri}:${base}` : base;
}

/** Parses `[URI:]attr[.sub]`; returns null when the text is not a valid attribute path. */
export function parseAttrPathText(text: string): AttrPath | null {
  let uri: string | undefined;
  let rest = text;
  const colon = text.lastIndexOf(':');
  if (colon >= 0) {
    uri = text.slice(0, colon);
    rest = text.slice(colon + 1);
    if (!/^urn:/i.test(uri) || uri.length < 5) return null;
  }
  const parts = rest.split('.');
  if (parts.length > 2 || !parts.every((p) => ATTR_NAME.test(p))) return null;
  return { ...(uri ? { uri } : {}), attr: parts[0], ...(parts[1] ? { sub: parts[1] } : {}) };
}

export function isAttrName(text: string): boolean {
  return ATTR_NAME.test(text);
}

function formatChild(child: ScimFilter, parentKind: 'and' | 'or'): string {
  const text = formatFilter(child);
  return child.kind === 'or' && parentKind === 'and' ? `(${text})` : text;
}

/** Serializes an AST back to filter text (normalized spacing and lower-case operators), e.g. for logs and PATCH paths. */
export function formatFilter(filter: ScimFilter): string {
  switch (filter.kind) {
    case 'compare':
      return `${formatAttrPath(filter.path)} ${filter.op} ${JSON.stringify(filter.value)}`;
    case 'present':
      return `${formatAttrPath(filter.path)} pr`;
    case 'and':
    case 'or':
      return `${formatChild(filter.left, filter.kind)} ${filter.kind} ${formatChild(filter.right, filter.kind)}`;
    case 'not':
      return `not (${formatFilter(filter.filter)})`;
    case 'valuePath':
      return `${formatAttrPath(filter.path)}[${formatFilter(filter.filter)}]`;
  }
}
