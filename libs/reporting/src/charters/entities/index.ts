import { ProgramCharter } from './program-charter.entity';
import { ProgramGoal } from './program-goal.entity';

export * from './program-charter.entity';
export * from './program-goal.entity';

/** Entities of the reporting lib (program charters). */
export const REPORTING_ENTITIES = [ProgramCharter, ProgramGoal];
