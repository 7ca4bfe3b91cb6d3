/**
 * The reporting line, as the lib owning the employee table publishes it (@app/employees provides this globally):
 * auth sits below the domain libs, so it is handed the walk instead of writing its own SQL on their table.
 */
export abstract class ReportingLine {
  /** A subquery of the ids under the manager whose id is the SQL `managerParam`, with the manager when `includeSelf`. */
  abstract lineSql(managerParam: string, includeSelf: boolean): string;

  /** Whether `employeeId` exists, and whether they are under `managerId` in the reporting line: one statement. */
  abstract reach(managerId: string, employeeId: string): Promise<{ exists: boolean; managed: boolean }>;
}
