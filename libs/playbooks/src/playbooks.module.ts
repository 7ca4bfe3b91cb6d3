import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { SkillPathsModule } from '@app/skill-paths';
import { PlaybookRepository } from './playbook.repository';
import { ManagerScorecardRepository } from './manager-scorecard.repository';
import { PlaybooksService } from './playbooks.service';
import { PlaybookManagerChangedListener } from './manager-changed.listener';
import { OBSERVATION_RECORDER } from './observation-recorder';
import { SkillPathsObservationRecorder } from './skill-paths-observation.recorder';
import { PlaybookRunsResolver, PlaybookTemplatesResolver } from './api/playbooks.resolver';

@Module({
  imports: [EmployeesModule, SkillPathsModule],
  providers: [
    { provide: OBSERVATION_RECORDER, useClass: SkillPathsObservationRecorder },
    PlaybookRepository, ManagerScorecardRepository, PlaybooksService, PlaybookManagerChangedListener, PlaybookRunsResolver, PlaybookTemplatesResolver],
  exports: [PlaybooksService, PlaybookRepository],
})
export class PlaybooksModule {}
