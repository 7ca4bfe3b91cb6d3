import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { CertificationsModule } from '../certifications.module';
import { CertificationAttemptRepository } from './certification-attempt.repository';
import { CertificationAttemptsService } from './certification-attempts.service';
import { AttemptLinks } from './attempt-links';
import { CertificationAttemptsResolver } from './api/certification-attempts.resolver';

/** Exam attempts (passed or not) and their links to awards. */
@Module({
  imports: [EmployeesModule, CertificationsModule],
  providers: [CertificationAttemptRepository, CertificationAttemptsService, AttemptLinks, CertificationAttemptsResolver],
  exports: [CertificationAttemptRepository, CertificationAttemptsService],
})
export class CertificationAttemptsModule {}
