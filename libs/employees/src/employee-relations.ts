import { Injectable } from '@nestjs/common';
import type { SelectionTree } from '@app/shared';

/** Binds a value as a statement parameter and returns its placeholder ($n). */
export type BindParam = (value: unknown) => string;

/**
 * Joins a to-one subquery (at most one row, its value in column `j`) into the statement as a LEFT JOIN LATERAL and
 * returns the SQL of that value. The planner pulls such a subquery up into an ordinary join (index or hash), where
 * the same scalar subquery in the select list runs as a subplan once per row.
 */
export type JoinLateral = (subquery: string) => string;

/**
 * SQL reading one relation field of the employee aliased `e` as JSON shaped as the GraphQL field answers it,
 * for the selection under that field; null when that selection cannot be read this way (the field's resolver
 * then loads it as usual). `exact`: the JSON must be the field's whole answer (jsonObjectSql). Written by the lib
 * owning the relation's tables.
 */
export type RelationJsonSql = (selection: SelectionTree, param: BindParam, exact: boolean, lateral?: JoinLateral) => string | null;

/**
 * Relation fields of Employee that a list read can join into its one statement (look-ahead): each owning lib
 * registers its fields. Rows stay scoped as before: only employees the list already returned get relations.
 */
@Injectable()
export class EmployeeRelations {
  private readonly byField = new Map<string, RelationJsonSql>();

  register(field: string, sql: RelationJsonSql): void {
    this.byField.set(field, sql);
  }

  /** The extra select list entries (`sql AS "field"`) for the relation fields selected under a list's nodes. */
  columns(nodes: SelectionTree | undefined, param: BindParam, lateral?: JoinLateral): string[] {
    const out: string[] = [];
    if (!nodes) return out;
    for (const [field, selection] of nodes.fields) {
      const sql = this.byField.get(field)?.(selection, param, false, lateral);
      if (sql) out.push(`${sql} AS "${field}"`);
    }
    return out;
  }

  /** The relation field's exact JSON for `selection` (jsonObjectSql's nested spec); null when it has none. */
  exactJson(field: string, selection: SelectionTree, param: BindParam, lateral?: JoinLateral): string | null {
    return this.byField.get(field)?.(selection, param, true, lateral) ?? null;
  }

  /** Field names `columns` read ahead, as they come back on each row. */
  fields(): IterableIterator<string> {
    return this.byField.keys();
  }
}
