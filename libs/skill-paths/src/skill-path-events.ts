/** Published (EventEmitter2.emitAsync, inside the transaction) when an employee reaches path levels. */
export const PATH_LEVEL_REACHED = 'path.level-reached';

export interface PathLevelReached {
  employeeId: string;
  pathId: string;
  levels: string[];
}

/** Published (EventEmitter2.emitAsync, inside the transaction) when an employee is put on a path. */
export const PATH_ASSIGNED = 'path.assigned';

export interface PathAssigned {
  assignmentId: string;
  employeeId: string;
  pathId: string;
  pathName: string;
  targetLevel: string;
  targetDate: string | null;
}
