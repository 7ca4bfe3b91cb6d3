import { Injectable } from '@nestjs/common';
import { BusinessErrorCode as C, Clock, decodeCursor, DomainResult, fail, notFound, Page, toPage, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { NotificationDelivery } from '../entities/notification-delivery.entity';

/** Deliveries that used up their attempts, for HR to inspect and replay. */
@Injectable()
export class DeadLetterService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(args: { first?: number; after?: string }): Promise<Page<NotificationDelivery>> {
    const first = args.first ?? 50;
    const qb = this.tx.manager.createQueryBuilder(NotificationDelivery, 'd').where(`d.state = 'DEAD'`);
    const total = await qb.clone().getCount();
    const cursor = decodeCursor(args.after);
    if (cursor) qb.andWhere('(d.updated_at, d.id) < (:key::timestamptz, :id::uuid)', { key: cursor.key, id: cursor.id });
    const rows = await qb.orderBy('d.updated_at', 'DESC').addOrderBy('d.id', 'DESC').limit(first + 1).getMany();
    return toPage(rows, first, total, (d) => ({ key: d.updatedAt.toISOString(), id: d.id }));
  }

  /** Puts a dead delivery back in the queue with fresh attempts; any other is DELIVERY_NOT_DEAD and stays as it is. */
  async replay(viewer: Viewer, id: string): Promise<DomainResult<NotificationDelivery, C.DELIVERY_NOT_DEAD>> {
    const d = await this.tx.manager.findOne(NotificationDelivery, { where: { id } });
    if (!d) throw notFound('NotificationDelivery');
    if (d.state !== 'DEAD') return fail(C.DELIVERY_NOT_DEAD, `Only a DEAD delivery can be replayed (this one is ${d.state}).`, { field: 'id', details: { state: d.state } });
    const before = { state: d.state, attempts: d.attempts, lastError: d.lastError };
    await this.tx.query(
      `UPDATE notification_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = $2, locked_by = NULL, locked_until = NULL, updated_at = now() WHERE id = $1`,
      [id, this.clock.now().toJSDate()],
    );
    await this.audit.recordChange(viewer, 'replayDeadLetter', 'NotificationDelivery', id, before, { state: 'PENDING', attempts: 0 });
    return (await this.tx.manager.findOne(NotificationDelivery, { where: { id } })) as NotificationDelivery;
  }
}
