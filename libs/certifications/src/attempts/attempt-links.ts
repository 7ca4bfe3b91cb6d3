import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CERTIFICATION_RECORDED, CertificationRecorded } from '../certification-events';
import { CertificationAttemptRepository } from './certification-attempt.repository';

/**
 * Keeps passes and awards consistent, whichever is recorded first: an award recorded (same transaction, through
 * the event) is linked to the latest unlinked pass before it; a pass recorded later is linked to the earliest
 * unlinked award after it (CertificationAttemptsService). Both within ATTEMPT_LINK_WINDOW_DAYS. An award is never
 * linked to two attempts, and a failed attempt to none. Reporting counts an award's cost through its attempt.
 */
@Injectable()
export class AttemptLinks {
  constructor(private readonly attempts: CertificationAttemptRepository) {}

  @OnEvent(CERTIFICATION_RECORDED, { promisify: true, suppressErrors: false })
  async onCertificationRecorded(event: CertificationRecorded): Promise<void> {
    await this.attempts.linkAwardToPass(event.recordId);
  }
}
