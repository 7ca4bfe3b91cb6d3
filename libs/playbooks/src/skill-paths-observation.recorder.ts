import { Injectable } from '@nestjs/common';
import { BusinessErrorCode, DomainResult, isFailure, Viewer } from '@app/shared';
import { PathAssignmentsService } from '@app/skill-paths';
import { ObservationRecorder } from './observation-recorder';

/** Records an AFTER step's behaviour through skill-paths (its checks apply: the employee must be on the behaviour's path). */
@Injectable()
export class SkillPathsObservationRecorder implements ObservationRecorder {
  constructor(private readonly assignments: PathAssignmentsService) {}

  async record(viewer: Viewer, input: { employeeId: string; behaviourId: string; observedOn: string; note: string | null }): Promise<DomainResult<string, BusinessErrorCode.NOT_ON_PATH>> {
    const saved = await this.assignments.recordObservation(viewer, { employeeId: input.employeeId, behaviourId: input.behaviourId, observedOn: input.observedOn, note: input.note ?? undefined });
    return isFailure(saved) ? saved : saved.id;
  }
}
