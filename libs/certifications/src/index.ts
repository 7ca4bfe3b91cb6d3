export * from './domain';
export * from './certification-events';
export * from './certification-commands';
export * from './certification-view-queries';
export * from './certification-failures';
export * from './entities/certification.entity';
export * from './entities/certification-record.entity';
export * from './entities/certification-requirement.entity';
export * from './record-status.sql';
export * from './record-status.query';
export * from './record-view';
export * from './certification-policy';
export * from './certification.repository';
export * from './certification-record.repository';
export * from './catalog.service';
export * from './records.service';
export * from './certification-views.service';
export * from './level-certification.gate';
export * from './certifications.module';
export * from './attempts/certification-attempt.entity';
export * from './attempts/certification-attempt.repository';
export * from './attempts/certification-attempts.service';
export * from './attempts/certification-attempts.module';

import { Certification } from './entities/certification.entity';
import { CertificationRecord } from './entities/certification-record.entity';
import { CertificationRequirement } from './entities/certification-requirement.entity';
import { CertificationAttempt } from './attempts/certification-attempt.entity';

/** Every entity of this lib, for the app's entity list. */
export const CERTIFICATION_ENTITIES = [Certification, CertificationRecord, CertificationRequirement, CertificationAttempt];
export * from './certification-views.sql';
