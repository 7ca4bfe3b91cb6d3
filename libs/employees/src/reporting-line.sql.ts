/** How far below a manager the reporting line reaches: deeper links are not followed (one cap for every reader). */
export const REPORTING_LINE_MAX_DEPTH = 64;

/**
 * The one walk down the reporting line (employee.manager_id, indexed): a row (root_id, id, depth) for each root the
 * `rootWhere` predicate picks (depth 0) and everyone under it, transitively, to REPORTING_LINE_MAX_DEPTH. Cycle-safe:
 * a person has one manager, so a walk down can only come back to its root, which is never entered twice.
 */
function walkSql(rootWhere: string, select: string): string {
  return `WITH RECURSIVE line AS (
      SELECT id AS root_id, id, 0 AS depth FROM employee WHERE ${rootWhere}
      UNION ALL
      SELECT line.root_id, e.id, line.depth + 1 FROM employee e JOIN line ON e.manager_id = line.id
       WHERE e.id <> line.root_id AND line.depth < ${REPORTING_LINE_MAX_DEPTH}
    ) ${select}`;
}

/**
 * Ids of everyone under the manager whose id is the SQL `managerSql` (a parameter such as `$1`), direct and
 * indirect, with the manager when `includeSelf`: a subquery for `<id column> IN (…)`.
 */
export function reportingLineSql(managerSql: string, includeSelf = false): string {
  return walkSql(`id = ${managerSql}`, `SELECT id FROM line${includeSelf ? '' : ' WHERE depth > 0'}`);
}

/**
 * Every (manager_id, employee_id) pair where the employee is under the manager, direct or indirect (the same walk
 * from every person at once): a subquery for statements that fan a row out to everyone above its employee.
 */
export function reportingLinePairsSql(): string {
  return walkSql('id IN (SELECT manager_id FROM employee)', 'SELECT root_id AS manager_id, id AS employee_id FROM line WHERE depth > 0');
}
