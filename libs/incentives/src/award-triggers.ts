import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CERTIFICATION_RECORDED, CertificationRecorded } from '@app/certifications';
import { PATH_LEVEL_REACHED, PathLevelReached } from '@app/skill-paths';
import { IncentivesService } from './incentives.service';

/**
 * Awards are created when their condition is met: a certification recorded or a level reached
 * creates that employee's newly met awards inside the same transaction, so they commit together.
 * Lapses (time passing) are applied by evaluateIncentives.
 */
@Injectable()
export class AwardTriggers {
  constructor(private readonly incentives: IncentivesService) {}

  @OnEvent(CERTIFICATION_RECORDED, { promisify: true, suppressErrors: false })
  async onCertificationRecorded(event: CertificationRecorded): Promise<void> {
    await this.incentives.awardFor(event.employeeId);
  }

  @OnEvent(PATH_LEVEL_REACHED, { promisify: true, suppressErrors: false })
  async onLevelReached(event: PathLevelReached): Promise<void> {
    await this.incentives.awardFor(event.employeeId);
  }
}
