import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { SkillPathsModule } from '@app/skill-paths';
import { PlaybookRepository } from './playbook.repository';
import { ManagerScorecardRepository } from './manager-scorecard.repository';
import { PlaybooksService } from './playbooks.service';
import { PlaybookManagerChangedListener } from './manager-changed.listener';
import { OBSERVATION_RECORDER } from './observation-recorder';
import { SkillPathsObservationRecorder } from './skill-paths-observation.recorder';
import { CertificationsModule } from '@app/certifications';
import { PlaybookTemplatesService } from './playbook-templates.service';
import { ManagerScorecardService } from './manager-scorecard.service';
import { RunReferenceCheck } from './run-reference.check';
import { PlaybookRunsResolver } from './api/playbooks.resolver';
import { PlaybookTemplatesResolver } from './api/playbook-templates.resolver';
import { ManagerScorecardResolver } from './api/manager-scorecard.resolver';

@Module({
  imports: [EmployeesModule, SkillPathsModule, CertificationsModule],
  providers: [
    { provide: OBSERVATION_RECORDER, useClass: SkillPathsObservationRecorder },
    PlaybookRepository, ManagerScorecardRepository, PlaybooksService, PlaybookTemplatesService, ManagerScorecardService, RunReferenceCheck,
    PlaybookManagerChangedListener, PlaybookRunsResolver, PlaybookTemplatesResolver, ManagerScorecardResolver],
  exports: [PlaybooksService, PlaybookRepository],
})
export class PlaybooksModule {}
