import { Global, Injectable, Module } from '@nestjs/common';
import { LEVEL_CERTIFICATION_GATE, LevelCertificationGate, PathLevelName } from '@app/skill-paths';
import { CertificationRecordRepository } from './certification-record.repository';

/**
 * Skill paths' port: the required certifications of a role's level that an employee does not hold
 * (ACTIVE, RENEWAL_DUE or IN_GRACE) on a date. Uses the stored cycle dates; a record superseded since
 * counts as not held, so ask about today (what the path progress does).
 */
@Injectable()
export class CertificationLevelGate implements LevelCertificationGate {
  constructor(private readonly records: CertificationRecordRepository) {}

  missingCertifications(employeeId: string, jobRoleId: string, level: PathLevelName, onDate: string): Promise<string[]> {
    return this.records.missingForLevel(employeeId, jobRoleId, level, onDate);
  }
}

/** Global so that SkillPathsModule finds the gate without importing this lib. */
@Global()
@Module({
  providers: [CertificationRecordRepository, CertificationLevelGate, { provide: LEVEL_CERTIFICATION_GATE, useExisting: CertificationLevelGate }],
  exports: [LEVEL_CERTIFICATION_GATE],
})
export class CertificationGateModule {}
