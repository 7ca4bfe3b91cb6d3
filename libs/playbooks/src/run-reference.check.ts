import { Injectable } from '@nestjs/common';
import { PathAssignmentRepository, SkillPathRepository } from '@app/skill-paths';
import { CertificationRepository } from '@app/certifications';
import { BusinessErrorCode as C } from '@app/shared';
import { PlaybookRefusal, refuse } from './domain/refusal';

/**
 * What a run may point at: a level of a path the employee is on now (an ended assignment does not
 * count), and a certification of the catalog. Anything else is refused, naming the field.
 */
@Injectable()
export class RunReferenceCheck {
  constructor(
    private readonly paths: SkillPathRepository,
    private readonly assignments: PathAssignmentRepository,
    private readonly certifications: CertificationRepository,
  ) {}

  async problem(employeeId: string, pathLevelId?: string, certificationId?: string): Promise<PlaybookRefusal | null> {
    if (pathLevelId) {
      const [level] = await this.paths.levelsByIds([pathLevelId]);
      if (!level) return refuse(C.UNKNOWN_PATH_LEVEL, 'No path level with this id', 'pathLevelId');
      if (!(await this.assignments.findByEmployeeAndPath(employeeId, level.pathId))) {
        return refuse(C.PATH_LEVEL_NOT_ON_EMPLOYEE_PATH, 'This level belongs to a path the employee is not on', 'pathLevelId');
      }
    }
    if (certificationId && !(await this.certifications.findById(certificationId))) {
      return refuse(C.UNKNOWN_CERTIFICATION, 'No certification with this id in the catalog', 'certificationId');
    }
    return null;
  }
}
