/** Published (EventEmitter2.emitAsync, inside the transaction) when an employee reaches path levels. */
export const PATH_LEVEL_REACHED = 'path.level-reached';

export interface PathLevelReached {
  employeeId: string;
  pathId: string;
  levels: string[];
}
