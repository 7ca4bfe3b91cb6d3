import { Injectable } from '@nestjs/common';
import { BusinessErrorCode as C, Clock, DomainResult, fail, notFound, Page, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { NotificationDelivery } from '../entities/notification-delivery.entity';
import { DeadLetterRepository } from './dead-letter.repository';

/** Deliveries that used up their attempts, for HR to inspect and replay. */
@Injectable()
export class DeadLetterService {
  constructor(
    private readonly repo: DeadLetterRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(args: { first?: number; after?: string }): Promise<Page<NotificationDelivery>> {
    return this.repo.page(args.first ?? 50, args.after);
  }

  /** Puts a dead delivery back in the queue with fresh attempts; any other is DELIVERY_NOT_DEAD and stays as it is. */
  async replay(viewer: Viewer, id: string): Promise<DomainResult<NotificationDelivery, C.DELIVERY_NOT_DEAD>> {
    const d = await this.repo.findById(id);
    if (!d) throw notFound('NotificationDelivery');
    if (d.state !== 'DEAD') return fail(C.DELIVERY_NOT_DEAD, `Only a DEAD delivery can be replayed (this one is ${d.state}).`, { field: 'id', details: { state: d.state } });
    const before = { state: d.state, attempts: d.attempts, lastError: d.lastError };
    await this.repo.requeue(id, this.clock.now().toJSDate());
    await this.audit.recordChange(viewer, 'replayDeadLetter', 'NotificationDelivery', id, before, { state: 'PENDING', attempts: 0 });
    return (await this.repo.findById(id)) as NotificationDelivery;
  }
}
