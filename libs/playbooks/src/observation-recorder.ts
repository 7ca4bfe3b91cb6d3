import type { BusinessErrorCode, DomainResult, Viewer } from '@app/shared';

/**
 * Port: records an observation of a path behaviour through skill-paths (which owns the table and its
 * rules). Provide it from a @Global() module exporting OBSERVATION_RECORDER. When nothing provides
 * it, an AFTER step keeps the behaviour id only and the scorecard still reads it.
 */
export const OBSERVATION_RECORDER = Symbol('OBSERVATION_RECORDER');

export interface ObservationRecorder {
  /** Records the observation in the caller's transaction; returns its id, or NOT_ON_PATH when the employee is not on the behaviour's path. */
  record(viewer: Viewer, input: { employeeId: string; behaviourId: string; observedOn: string; note: string | null }): Promise<DomainResult<string, BusinessErrorCode.NOT_ON_PATH>>;
}
