/** Response shapes of the BambooHR endpoints the client uses, as documented (values arrive as strings, numbers or null). */

export type BambooHrValue = string | number | boolean | null | undefined | readonly unknown[] | Readonly<Record<string, unknown>>;

/** An employee as a flat map of field alias (or numeric field id) to value; `id` is the BambooHR employee id. */
export type BambooHrEmployeeRow = Readonly<Record<string, BambooHrValue>>;

export interface BambooHrFieldInfo {
  readonly id: string | number;
  readonly type?: string;
  readonly name?: string;
}

/** GET /v1/employees/directory */
export interface BambooHrDirectory {
  readonly fields: readonly BambooHrFieldInfo[];
  readonly employees: readonly BambooHrEmployeeRow[];
}

/** POST /v1/reports/custom?format=JSON */
export interface BambooHrCustomReport {
  readonly title?: string;
  readonly fields: readonly BambooHrFieldInfo[];
  readonly employees: readonly BambooHrEmployeeRow[];
}

export type BambooHrChangeType = 'inserted' | 'updated' | 'deleted';

export interface BambooHrChangedEmployee {
  readonly id: string;
  readonly action: 'Inserted' | 'Updated' | 'Deleted' | string;
  readonly lastChanged: string;
}

/** GET /v1/employees/changed, with the `employees` map turned into an array (sorted by lastChanged, then id). */
export interface BambooHrChangedEmployees {
  /** Timestamp of the newest change; pass it as `since` next time. Null when the response had none. */
  readonly latest: string | null;
  readonly employees: readonly BambooHrChangedEmployee[];
}
