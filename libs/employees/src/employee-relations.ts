import { Injectable } from '@nestjs/common';
import type { SelectionTree } from '@app/shared';

/** Binds a value as a statement parameter and returns its placeholder ($n). */
export type BindParam = (value: unknown) => string;

/**
 * SQL reading one relation field of the employee aliased `e` as JSON shaped as the GraphQL field answers it,
 * for the selection under that field; null when that selection cannot be read this way (the field's resolver
 * then loads it as usual). `exact`: the JSON must be the field's whole answer (jsonObjectSql). Written by the lib
 * owning the relation's tables.
 */
export type RelationJsonSql = (selection: SelectionTree, param: BindParam, exact: boolean) => string | null;

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
  columns(nodes: SelectionTree | undefined, param: BindParam): string[] {
    const out: string[] = [];
    if (!nodes) return out;
    for (const [field, selection] of nodes.fields) {
      const sql = this.byField.get(field)?.(selection, param, false);
      if (sql) out.push(`${sql} AS "${field}"`);
    }
    return out;
  }

  /** The relation field's exact JSON for `selection` (jsonObjectSql's nested spec); null when it has none. */
  exactJson(field: string, selection: SelectionTree, param: BindParam): string | null {
    return this.byField.get(field)?.(selection, param, true) ?? null;
  }

  /** Field names `columns` read ahead, as they come back on each row. */
  fields(): IterableIterator<string> {
    return this.byField.keys();
  }
}
