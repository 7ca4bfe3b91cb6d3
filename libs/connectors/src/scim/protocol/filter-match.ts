/**
 * In-memory evaluation of a value filter (the part inside `emails[...]`) against one element of a
 * multi-valued complex attribute. Sub-attribute names and string comparisons are case-insensitive
 * (the caseExact=false sub-attributes of emails: value, type, display).
 */
import { ScimError } from './errors';
import { CompareNode, formatAttrPath, ScimFilter } from './filter-ast';

type Element = Readonly<Record<string, unknown>>;

function read(element: Element, name: string): unknown {
  const lower = name.toLowerCase();
  const key = Object.keys(element).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : element[key];
}

function compare(node: CompareNode, actual: unknown): boolean {
  const expected = node.value;
  if (expected === null) return node.op === 'eq' ? actual == null : node.op === 'ne' ? actual != null : false;
  if (actual === undefined || actual === null) return node.op === 'ne';
  if (typeof expected === 'boolean' || typeof actual === 'boolean') {
    const a = typeof actual === 'string' ? actual.toLowerCase() === 'true' : actual;
    if (node.op === 'eq') return a === expected;
    if (node.op === 'ne') return a !== expected;
    throw ScimError.invalidFilter(`Operator '${node.op}' is not valid for the boolean attribute '${formatAttrPath(node.path)}'`);
  }
  const a = String(actual).toLowerCase();
  const e = String(expected).toLowerCase();
  switch (node.op) {
    case 'eq':
      return a === e;
    case 'ne':
      return a !== e;
    case 'co':
      return a.includes(e);
    case 'sw':
      return a.startsWith(e);
    case 'ew':
      return a.endsWith(e);
    case 'gt':
      return a > e;
    case 'ge':
      return a >= e;
    case 'lt':
      return a < e;
    case 'le':
      return a <= e;
  }
}

export function matchesValueFilter(element: Element, filter: ScimFilter): boolean {
  switch (filter.kind) {
    case 'and':
      return matchesValueFilter(element, filter.left) && matchesValueFilter(element, filter.right);
    case 'or':
      return matchesValueFilter(element, filter.left) || matchesValueFilter(element, filter.right);
    case 'not':
      return !matchesValueFilter(element, filter.filter);
    case 'present': {
      const v = read(element, filter.path.attr);
      return v !== undefined && v !== null && v !== '';
    }
    case 'compare':
      return compare(filter, read(element, filter.path.attr));
    case 'valuePath':
      throw ScimError.invalidFilter('Value filters cannot be nested');
  }
}

/**
 * The attribute values a filter made only of `eq` tests joined by `and` pins down (`type eq "work"` -> {type: "work"}),
 * or null when the filter is anything else. Used to create the element an Entra-style
 * `emails[type eq "work"].value` add/replace targets when no element matches yet.
 */
export function equalityAssignments(filter: ScimFilter): Record<string, string | number | boolean> | null {
  if (filter.kind === 'and') {
    const left = equalityAssignments(filter.left);
    const right = equalityAssignments(filter.right);
    return left && right ? { ...left, ...right } : null;
  }
  if (filter.kind === 'compare' && filter.op === 'eq' && filter.value !== null && !filter.path.sub) {
    return { [filter.path.attr.toLowerCase()]: filter.value };
  }
  return null;
}
