import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, Page, toPage } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { NotificationDelivery } from '../entities/notification-delivery.entity';

/** Every query on dead deliveries (those that used up their attempts) and their replay. */
@Injectable()
export class DeadLetterRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A keyset page of dead deliveries, most recently failed first: one count, one page query. */
  @GenerateSql(
    { name: 'first page', params: [50] },
    { name: 'next page', params: [50, encodeCursor({ key: SqlExample.NOW.toISOString(), id: SqlExample.ID })] },
  )
  async page(first: number, after?: string): Promise<Page<NotificationDelivery>> {
    const qb = this.tx.manager.createQueryBuilder(NotificationDelivery, 'd').where(`d.state = 'DEAD'`);
    const total = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere('(d.updated_at, d.id) < (:key::timestamptz, :id::uuid)', { key: cursor.key, id: cursor.id });
    const rows = await qb.orderBy('d.updated_at', 'DESC').addOrderBy('d.id', 'DESC').limit(first + 1).getMany();
    return toPage(rows, first, total, (d) => ({ key: d.updatedAt.toISOString(), id: d.id }));
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<NotificationDelivery | null> {
    return this.tx.manager.findOne(NotificationDelivery, { where: { id } });
  }

  /** Puts a delivery back in the queue with fresh attempts, due at `dueAt` and unleased. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.NOW] })
  async requeue(id: string, dueAt: Date): Promise<void> {
    await this.tx.query(
      `UPDATE notification_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = $2, locked_by = NULL, locked_until = NULL, updated_at = now() WHERE id = $1`,
      [id, dueAt],
    );
  }
}
