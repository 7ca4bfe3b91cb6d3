/** How far up a reporting line the cycle rule looks. */
const MAX_DEPTH = 256;

/**
 * THE reporting-cycle rule, for every writer (GraphQL, SCIM, CSV, HRIS pulls): making M the manager of E closes a
 * cycle when M is E, or M reports, directly or not, to E. `proposed` is SQL yielding the links asked for as
 * (emp_id uuid, mgr_id uuid), several at once: each walk up the line follows the proposed manager of anyone it meets
 * who has one, the current one otherwise, so links that only close a cycle together are all refused. The statement
 * answers the emp_id of each proposed link that would close a cycle.
 */
export function managerCycleSql(proposed: string): string {
  return `WITH RECURSIVE proposed AS (${proposed}),
     walk(start, cur, depth) AS (
       SELECT emp_id, mgr_id, 1 FROM proposed WHERE mgr_id IS NOT NULL
       UNION ALL
       SELECT w.start, CASE WHEN p.emp_id IS NOT NULL THEN p.mgr_id ELSE e.manager_id END, w.depth + 1
         FROM walk w JOIN employee e ON e.id = w.cur LEFT JOIN proposed p ON p.emp_id = w.cur
        WHERE w.cur <> w.start AND w.depth < ${MAX_DEPTH}
     )
     SELECT DISTINCT start AS emp_id FROM walk WHERE cur = start`;
}
