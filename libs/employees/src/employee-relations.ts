import { Injectable } from '@nestjs/common';
import type { SelectionTree } from '@app/shared';

/** Binds a value as a statement parameter and returns its placeholder ($n). */
export type BindParam = (value: unknown) => string;

/**
 * A to-many relation of the employee as the parts of its JSON array: each row's `object`, read `from` its tables
 * where `key` (the row's employee id column) is the employee's and `where` holds, in `orderBy` order. The parts name
 * only the relation's own tables, never the employee `e`.
 */
export interface ManyJson {
  object: string;
  from: string;
  key: string;
  where: string;
  orderBy: string;
}

/** How relation SQL joins the statement reading the employees aliased `e`. */
export interface RelationSql {
  param: BindParam;
  /** A to-one subquery (at most one row, its value in column `j`): the SQL of that value. */
  one(subquery: string): string;
  /** A to-many relation: the SQL of its JSON array (`[]` when it has no rows). */
  many(relation: ManyJson): string;
}

/**
 * SQL reading one relation field of the employee aliased `e` as JSON shaped as the GraphQL field answers it,
 * for the selection under that field; null when that selection cannot be read this way (the field's resolver
 * then loads it as usual). `exact`: the JSON must be the field's whole answer (jsonObjectSql). Written by the lib
 * owning the relation's tables.
 */
export type RelationJsonSql = (selection: SelectionTree, sql: RelationSql, exact: boolean) => string | null;

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
  columns(nodes: SelectionTree | undefined, sql: RelationSql): string[] {
    const out: string[] = [];
    if (!nodes) return out;
    for (const [field, selection] of nodes.fields) {
      const column = this.byField.get(field)?.(selection, sql, false);
      if (column) out.push(`${column} AS "${field}"`);
    }
    return out;
  }

  /** The relation field's exact JSON for `selection` (jsonObjectSql's nested spec); null when it has none. */
  exactJson(field: string, selection: SelectionTree, sql: RelationSql): string | null {
    return this.byField.get(field)?.(selection, sql, true) ?? null;
  }

  /** Field names `columns` read ahead, as they come back on each row. */
  fields(): IterableIterator<string> {
    return this.byField.keys();
  }
}
