import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { CertificationRepository } from './certification.repository';
import { CertificationRecordRepository } from './certification-record.repository';
import { RecordStatusQuery } from './record-status.query';
import { CatalogService } from './catalog.service';
import { RecordsService } from './records.service';
import { CertificationViewsService } from './certification-views.service';
import { CertificationGateModule } from './level-certification.gate';
import { CertificationRequirementsResolver, CertificationsResolver } from './api/certifications.resolver';
import { CertificationRecordsResolver } from './api/certification-records.resolver';

/** Certification catalog, records with renewal status, role requirements and the skill-path level gate. */import { EmployeeCertificationsResolver } from './api/employee-certifications.resolver';

@Module({
  imports: [EmployeesModule, CertificationGateModule],
  providers: [
    CertificationRepository,
    CertificationRecordRepository,
    RecordStatusQuery,
    CatalogService,
    RecordsService,
    CertificationViewsService,
    CertificationsResolver,
    CertificationRequirementsResolver,
    CertificationRecordsResolver,
    EmployeeCertificationsResolver,
  ],
  exports: [RecordStatusQuery, CertificationRecordRepository, CertificationRepository, CatalogService, RecordsService, CertificationViewsService],
})
export class CertificationsModule {}
