/**
 * SCIM filter AST -> parameterized PostgreSQL WHERE fragment. Values are only ever pushed to `params` and
 * referenced as $n; column expressions come from the caller's trusted column map, never from the filter.
 *
 * Semantics:
 * - Strings of caseExact=false attributes compare as lower(col) <op> lower($n); co/sw/ew use LIKE with
 *   %, _ and \ escaped (ESCAPE '\').
 * - `ne` also matches rows where the column is NULL (the attribute is unassigned), and `not (...)` is
 *   NOT COALESCE(..., FALSE) so an unassigned attribute does not make the negation unknown.
 * - `eq null` / `ne null` become IS NULL / IS NOT NULL. `pr` on strings also excludes ''.
 * - gt/ge/lt/le on booleans and co/sw/ew on non-strings are invalidFilter (RFC 7644 §3.4.2.2).
 * - `emails eq "x"` falls back to `emails.value`; an unprefixed attribute falls back to the enterprise extension
 *   (`employeeNumber` -> the enterprise URN path). A value path `emails[type eq "work"]` is translated as the
 *   conjunction of its inner conditions on the same row (`emails.type`, `emails.value` columns), which is
 *   exact when the row stores one email.
 */
import { ScimError } from './errors';
import { AttrPath, canonicalAttrPath, CompareNode, CompValue, formatAttrPath, ScimFilter } from './filter-ast';
import { ENTERPRISE_URN_LC } from './urns';

export type ScimAttributeType = 'string' | 'boolean' | 'dateTime' | 'decimal' | 'integer' | 'reference';

export interface ColumnSpec {
  /** Trusted SQL expression, e.g. `u.user_name`. */
  readonly sql: string;
  readonly type?: ScimAttributeType;
  readonly caseExact?: boolean;
  /**
   * For a multi-valued attribute held in other rows: trusted `FROM … WHERE …` text; a condition on `sql` becomes
   * `EXISTS (SELECT 1 <exists> AND <condition>)`, true when some value satisfies it (`members eq "id"`).
   */
  readonly exists?: string;
}

/** Canonical lower-case attribute path (see canonicalAttrPath) -> SQL expression or spec. */
export type ColumnMap = Readonly<Record<string, string | ColumnSpec>>;

/** RFC 7643 traits of the attributes we know; a plain-string column map entry takes its type from here. */
const KNOWN_TRAITS: Readonly<Record<string, Omit<ColumnSpec, 'sql'>>> = {
  id: { type: 'string', caseExact: true },
  externalid: { type: 'string', caseExact: true },
  active: { type: 'boolean' },
  'emails.primary': { type: 'boolean' },
  'meta.created': { type: 'dateTime' },
  'meta.lastmodified': { type: 'dateTime' },
};

interface ResolvedColumn {
  readonly sql: string;
  readonly type: ScimAttributeType;
  readonly caseExact: boolean;
  readonly exists?: string;
}

function resolve(columns: ColumnMap, key: string): ResolvedColumn | null {
  const entry = Object.prototype.hasOwnProperty.call(columns, key) ? columns[key] : undefined;
  if (entry === undefined) return null;
  const spec: ColumnSpec = typeof entry === 'string' ? { sql: entry } : entry;
  const known = KNOWN_TRAITS[key] ?? {};
  return { sql: spec.sql, type: spec.type ?? known.type ?? 'string', caseExact: spec.caseExact ?? known.caseExact ?? false, exists: spec.exists };
}

function lookupColumn(columns: ColumnMap, path: AttrPath, parent: AttrPath | null): ResolvedColumn {
  let key: string;
  if (parent) {
    if (path.sub || path.uri) throw ScimError.invalidFilter(`Invalid attribute '${formatAttrPath(path)}' inside a value filter`);
    key = `${canonicalAttrPath(parent)}.${path.attr.toLowerCase()}`;
  } else {
    key = canonicalAttrPath(path);
  }
  const col =
    resolve(columns, key) ??
    (!parent && !path.sub ? resolve(columns, `${key}.value`) : null) ??
    (!path.uri ? resolve(columns, `${ENTERPRISE_URN_LC}:${key}`) : null);
  if (!col) {
    const shown = parent ? `${formatAttrPath(parent)}.${path.attr}` : formatAttrPath(path);
    throw ScimError.invalidFilter(`Unsupported filter attribute '${shown}'`);
  }
  return col;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function describe(node: CompareNode): string {
  return `'${formatAttrPath(node.path)} ${node.op}'`;
}

function someValue(col: ResolvedColumn, condition: string): string {
  return col.exists ? `EXISTS (SELECT 1 ${col.exists} AND ${condition})` : condition;
}

class SqlBuilder {
  constructor(
    private readonly columns: ColumnMap,
    private readonly params: unknown[],
  ) {}

  private param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  build(node: ScimFilter, parent: AttrPath | null): string {
    switch (node.kind) {
      case 'and':
      case 'or':
        return `(${this.build(node.left, parent)} ${node.kind.toUpperCase()} ${this.build(node.right, parent)})`;
      case 'not':
        return `NOT COALESCE(${this.build(node.filter, parent)}, FALSE)`;
      case 'valuePath':
        if (parent) throw ScimError.invalidFilter('Value filters cannot be nested');
        return `(${this.build(node.filter, node.path)})`;
      case 'present': {
        const col = lookupColumn(this.columns, node.path, parent);
        return someValue(col, col.type === 'string' || col.type === 'reference' ? `(${col.sql} IS NOT NULL AND ${col.sql} <> '')` : `${col.sql} IS NOT NULL`);
      }
      case 'compare': {
        const col = lookupColumn(this.columns, node.path, parent);
        return someValue(col, this.compare(node, col));
      }
    }
  }

  private compare(node: CompareNode, col: ResolvedColumn): string {
    if (node.value === null) {
      if (node.op === 'eq') return `${col.sql} IS NULL`;
      if (node.op === 'ne') return `${col.sql} IS NOT NULL`;
      throw ScimError.invalidFilter(`${describe(node)} cannot compare with null`);
    }
    switch (col.type) {
      case 'boolean':
        return this.compareBoolean(node, col, node.value);
      case 'dateTime':
        return this.compareOrdered(node, col, this.dateValue(node, node.value));
      case 'decimal':
      case 'integer':
        return this.compareOrdered(node, col, this.numberValue(node, node.value));
      default:
        return this.compareString(node, col, node.value);
    }
  }

  private compareBoolean(node: CompareNode, col: ResolvedColumn, raw: Exclude<CompValue, null>): string {
    if (node.op !== 'eq' && node.op !== 'ne') {
      throw ScimError.invalidFilter(`Operator '${node.op}' is not valid for the boolean attribute '${formatAttrPath(node.path)}'`);
    }
    const value = typeof raw === 'string' && /^(true|false)$/i.test(raw) ? raw.toLowerCase() === 'true' : raw;
    if (typeof value !== 'boolean') throw ScimError.invalidFilter(`${describe(node)} needs true or false`);
    return node.op === 'eq' ? `${col.sql} = ${this.param(value)}` : `(${col.sql} IS NULL OR ${col.sql} <> ${this.param(value)})`;
  }

  private dateValue(node: CompareNode, raw: Exclude<CompValue, null>): string {
    const ms = typeof raw === 'string' ? Date.parse(raw) : NaN;
    if (Number.isNaN(ms)) throw ScimError.invalidFilter(`${describe(node)} needs an xsd:dateTime string`);
    return new Date(ms).toISOString();
  }

  private numberValue(node: CompareNode, raw: Exclude<CompValue, null>): number {
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw ScimError.invalidFilter(`${describe(node)} needs a number`);
    return value;
  }

  private compareOrdered(node: CompareNode, col: ResolvedColumn, value: string | number): string {
    const ops: Record<string, string> = { eq: '=', gt: '>', ge: '>=', lt: '<', le: '<=' };
    if (node.op === 'ne') return `(${col.sql} IS NULL OR ${col.sql} <> ${this.param(value)})`;
    const sqlOp = ops[node.op];
    if (!sqlOp) throw ScimError.invalidFilter(`Operator '${node.op}' is not valid for the ${col.type} attribute '${formatAttrPath(node.path)}'`);
    return `${col.sql} ${sqlOp} ${this.param(value)}`;
  }

  private compareString(node: CompareNode, col: ResolvedColumn, raw: Exclude<CompValue, null>): string {
    if (typeof raw === 'boolean') throw ScimError.invalidFilter(`${describe(node)} needs a string`);
    const value = String(raw);
    const left = col.caseExact ? col.sql : `lower(${col.sql})`;
    const right = (p: string): string => (col.caseExact ? p : `lower(${p})`);
    switch (node.op) {
      case 'eq':
        return `${left} = ${right(this.param(value))}`;
      case 'ne':
        return `(${col.sql} IS NULL OR ${left} <> ${right(this.param(value))})`;
      case 'co':
        return `${left} LIKE ${right(this.param(`%${escapeLike(value)}%`))} ESCAPE '\\'`;
      case 'sw':
        return `${left} LIKE ${right(this.param(`${escapeLike(value)}%`))} ESCAPE '\\'`;
      case 'ew':
        return `${left} LIKE ${right(this.param(`%${escapeLike(value)}`))} ESCAPE '\\'`;
      default: {
        const ops: Record<string, string> = { gt: '>', ge: '>=', lt: '<', le: '<=' };
        return `${left} ${ops[node.op]} ${right(this.param(value))}`;
      }
    }
  }
}

/**
 * Translates a parsed filter into a SQL boolean expression. Values are appended to `params` (so placeholders
 * continue after any parameters already there). Unsupported attributes throw ScimError(400, invalidFilter).
 */
export function filterToSql(filter: ScimFilter, columns: ColumnMap, params: unknown[]): string {
  return new SqlBuilder(columns, params).build(filter, null);
}
