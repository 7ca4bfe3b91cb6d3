import { Injectable } from '@nestjs/common';
import { Clock, decodeCursor, notFound, Page, toPage, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { Notification } from '../entities/notification.entity';

/** Your in-app inbox: only ever your own notifications. */
@Injectable()
export class InboxService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, args: { unreadOnly?: boolean; first?: number; after?: string }): Promise<Page<Notification>> {
    const first = args.first ?? 50;
    const qb = this.tx.manager.createQueryBuilder(Notification, 'n').where('n.recipient_id = :me', { me: viewer.employeeId });
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const total = await qb.clone().getCount();
    const cursor = decodeCursor(args.after);
    if (cursor) qb.andWhere('(n.created_at, n.id) < (:key::timestamptz, :id::uuid)', { key: cursor.key, id: cursor.id });
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(first + 1).getMany();
    return toPage(rows, first, total, (n) => ({ key: n.createdAt.toISOString(), id: n.id }));
  }

  /** Marks one of your notifications read; anyone else's looks missing (and the attempt is audited). */
  async markRead(viewer: Viewer, id: string): Promise<Notification> {
    const n = await this.tx.manager.findOne(Notification, { where: { id } });
    if (!n || n.recipientId !== viewer.employeeId) {
      await this.audit.recordDenied(viewer, 'update', 'Notification', id);
      throw notFound('Notification');
    }
    if (!n.readAt) {
      const before = { readAt: null };
      n.readAt = this.clock.now().toJSDate();
      await this.tx.manager.update(Notification, { id }, { readAt: n.readAt });
      await this.audit.recordChange(viewer, 'markNotificationRead', 'Notification', id, before, { readAt: n.readAt });
    }
    return n;
  }
}
