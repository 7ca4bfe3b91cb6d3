import type { SelectionTree } from './selection';

export interface JsonObjectSpec {
  /** Scalar fields whose SQL value as JSON is exactly what GraphQL answers (text, uuid, int, 'yyyy-MM-dd' text, enum). */
  columns: Record<string, string>;
  /** Fields read when a resolved field is selected (what that field's resolver loads from). */
  needs?: Record<string, readonly string[]>;
  /** Object fields read as nested JSON for their own selection; null: left to the field's resolver. */
  nested?: Record<string, (selection: SelectionTree, exact: boolean) => string | null>;
  /** Fields the type's resolvers answer themselves from the fields they need (no SQL needed here). */
  resolved?: ReadonlySet<string>;
  /** The GraphQL type's name, so an exact object can answer `__typename`. */
  typename?: string;
}

/**
 * `json_build_object(...)` of the selected fields, keyed by GraphQL field name; null when the selection asks for
 * a field this SQL cannot answer exactly (the caller then leaves the whole field to its resolver).
 *
 * `exact`: the object must be the field's whole answer as GraphQL writes it (raw-json.ts), so every selected field
 * is read here, in selection order, and nothing else: a field a resolver answers makes it null.
 */
export function jsonObjectSql(selection: SelectionTree, spec: JsonObjectSpec, exact = false): string | null {
  const parts = new Map<string, string>();
  const resolvedBy = (field: string) => {
    if (exact || !spec.resolved?.has(field)) return false;
    for (const f of spec.needs?.[field] ?? []) parts.set(f, spec.columns[f]);
    return true;
  };
  for (const [field, sub] of selection.fields) {
    if (parts.has(field)) continue;
    if (field === '__typename') {
      if (!exact) continue;
      if (!spec.typename) return null;
      parts.set(field, `'${spec.typename}'`);
      continue;
    }
    const column = spec.columns[field];
    if (column !== undefined) parts.set(field, column);
    else if (spec.nested?.[field]) {
      const sql = spec.nested[field](sub, exact);
      if (sql) parts.set(field, sql);
      else if (!resolvedBy(field)) return null;
    } else if (!resolvedBy(field)) return null;
  }
  // json_build_object takes at most 100 arguments (50 fields); a larger selection stays with the resolvers.
  if (parts.size > 50 || (exact && !parts.size)) return null;
  return `json_build_object(${[...parts].map(([k, v]) => `'${k}', ${v}`).join(', ')})`;
}
