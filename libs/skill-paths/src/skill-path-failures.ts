import { DateTime } from 'luxon';
import { BusinessErrorCode as C, DomainFailure, fail } from '@app/shared';
import type { PathLevelName } from './entities/path-level-name';

/** The expected failures of skill paths and assignments (built with the shared `fail`). */

export const pathAlreadyExists = (existingPathId: string): DomainFailure<C.PATH_ALREADY_EXISTS, { existingPathId: string }> =>
  fail(C.PATH_ALREADY_EXISTS, 'This job role already has a skill path', { field: 'jobRoleId', details: { existingPathId } });

export const behaviourHasObservations = (observationCount: number): DomainFailure<C.BEHAVIOUR_HAS_OBSERVATIONS, { observationCount: number }> =>
  fail(C.BEHAVIOUR_HAS_OBSERVATIONS, 'Observations were recorded against this behaviour', { details: { observationCount } });

export const targetBelowCurrent = (currentLevel: PathLevelName | null): DomainFailure<C.TARGET_BELOW_CURRENT, { currentLevel: PathLevelName | null }> =>
  fail(C.TARGET_BELOW_CURRENT, 'The target level must be above the current level', { field: 'targetLevel', details: { currentLevel } });

/** A target date before today, refused in words; `earliest` is today. */
export const targetDateInPast = (targetDate: string, today: string): DomainFailure<C.TARGET_DATE_IN_PAST, { earliest: string }> =>
  fail(C.TARGET_DATE_IN_PAST, `The target date ${readable(targetDate)} is in the past. Pick today (${readable(today)}) or a later date.`, { field: 'targetDate', details: { earliest: today } });

export const alreadyAssigned = (assignmentId: string): DomainFailure<C.ALREADY_ASSIGNED, { assignmentId: string }> =>
  fail(C.ALREADY_ASSIGNED, 'The employee is already on this path', { details: { assignmentId } });

export const assignmentEnded = (endedOn: string | null): DomainFailure<C.ASSIGNMENT_ENDED, { endedOn: string | null }> =>
  fail(C.ASSIGNMENT_ENDED, `This assignment ended on ${endedOn}`, { details: { endedOn } });

export const ownEvidence = (): DomainFailure<C.OWN_EVIDENCE> => fail(C.OWN_EVIDENCE, 'Your own evidence is confirmed by a manager in your line');

export const notSelfEvidence = (): DomainFailure<C.NOT_SELF_EVIDENCE> => fail(C.NOT_SELF_EVIDENCE, 'Only unconfirmed self-evidence can be confirmed');

export const notOnPath = (): DomainFailure<C.NOT_ON_PATH> =>
  fail(C.NOT_ON_PATH, 'The employee is not on the path of this behaviour: assign the path first', { field: 'behaviourId' });

/** "2026-03-09" → "9 Mar 2026", as the console shows dates. */
const readable = (isoDate: string) => DateTime.fromISO(isoDate).toFormat('d LLL yyyy');
