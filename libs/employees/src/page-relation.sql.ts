import type { BindParam, ManyJson, RelationSql } from './employee-relations';

/**
 * Relation SQL for a statement reading a page of employees from the CTE `page` (aliased `e`): a to-one relation is a
 * LEFT JOIN LATERAL, which the planner pulls up into an ordinary join; a to-many relation is aggregated once over the
 * page's ids (a CTE grouped by employee, joined back), where a correlated subquery would run, and sort, per row.
 */
export class PageRelationSql implements RelationSql {
  /** `name AS (...)` entries to follow the page in the statement's WITH. */
  readonly ctes: string[] = [];
  /** Joins to follow `FROM page e`. */
  readonly joins: string[] = [];

  constructor(readonly param: BindParam) {}

  one(subquery: string): string {
    const alias = `l${this.joins.length + 1}`;
    this.joins.push(`LEFT JOIN LATERAL (${subquery}) ${alias} ON true`);
    return `${alias}.j`;
  }

  many(m: ManyJson): string {
    const name = `g${this.ctes.length + 1}`;
    this.ctes.push(`${name} AS (SELECT ${m.key} AS k, json_agg(${m.object} ORDER BY ${m.orderBy}) AS j
      FROM ${m.from} WHERE ${m.key} IN (SELECT id FROM page) AND ${m.where} GROUP BY ${m.key})`);
    this.joins.push(`LEFT JOIN ${name} ON ${name}.k = e.id`);
    return `coalesce(${name}.j, '[]')`;
  }

  /** Forgets every join (their SQL is not in the statement). */
  clear(): void {
    this.ctes.length = 0;
    this.joins.length = 0;
  }
}
