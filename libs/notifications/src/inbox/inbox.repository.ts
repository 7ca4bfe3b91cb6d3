import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, Page, toPage } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { Notification } from '../entities/notification.entity';

/** Every query on one person's in-app notifications. */
@Injectable()
export class InboxRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A keyset page of the recipient's notifications, newest first (unread ones only if asked): one count, one page query. */
  @GenerateSql(
    { name: 'first page', params: [SqlExample.ID, { first: 50 }] },
    { name: 'unread, next page', params: [SqlExample.ID, { unreadOnly: true, first: 50, after: encodeCursor({ key: SqlExample.NOW.toISOString(), id: SqlExample.ID_2 }) }] },
  )
  async page(recipientId: string, { unreadOnly, first, after }: { unreadOnly?: boolean; first: number; after?: string }): Promise<Page<Notification>> {
    const qb = this.tx.manager.createQueryBuilder(Notification, 'n').where('n.recipient_id = :me', { me: recipientId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    const total = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere('(n.created_at, n.id) < (:key::timestamptz, :id::uuid)', { key: cursor.key, id: cursor.id });
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(first + 1).getMany();
    return toPage(rows, first, total, (n) => ({ key: n.createdAt.toISOString(), id: n.id }));
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<Notification | null> {
    return this.tx.manager.findOne(Notification, { where: { id } });
  }

  @GenerateSql({ params: [SqlExample.ID, SqlExample.NOW] })
  async markRead(id: string, readAt: Date): Promise<void> {
    await this.tx.manager.update(Notification, { id }, { readAt });
  }
}
