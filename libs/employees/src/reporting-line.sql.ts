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
 * The walk up: a row (manager_id, employee_id) for each person `employeesSql` yields (a subquery of ids or a single id
 * parameter) and each manager above them, direct or not, to REPORTING_LINE_MAX_DEPTH; the inverse of the walk down.
 * It reads only the chain above those people (one index lookup a level), whatever the size of the lines around them.
 * Cycle-safe: the walk stops where it would come back to its start.
 */
export function managersAboveSql(employeesSql: string): string {
  return `WITH RECURSIVE up AS (
      SELECT e.id AS employee_id, e.manager_id, 1 AS depth FROM employee e WHERE e.id IN (${employeesSql}) AND e.manager_id IS NOT NULL
      UNION ALL
      SELECT up.employee_id, m.manager_id, up.depth + 1 FROM up JOIN employee m ON m.id = up.manager_id
       WHERE m.manager_id IS NOT NULL AND m.manager_id <> up.employee_id AND up.depth < ${REPORTING_LINE_MAX_DEPTH}
    ) SELECT manager_id, employee_id FROM up`;
}
