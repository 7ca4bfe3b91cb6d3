import { Injectable } from '@nestjs/common';
import { Clock, notFound, Page, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { Notification } from '../entities/notification.entity';
import { InboxRepository } from './inbox.repository';

/** Your in-app inbox: only ever your own notifications. */
@Injectable()
export class InboxService {
  constructor(
    private readonly repo: InboxRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, args: { unreadOnly?: boolean; first?: number; after?: string }): Promise<Page<Notification>> {
    return this.repo.page(viewer.employeeId, { unreadOnly: args.unreadOnly, first: args.first ?? 50, after: args.after });
  }

  /** Marks one of your notifications read; anyone else's looks missing (and the attempt is audited). */
  async markRead(viewer: Viewer, id: string): Promise<Notification> {
    const n = await this.repo.findById(id);
    if (!n || n.recipientId !== viewer.employeeId) {
      await this.audit.recordDenied(viewer, 'update', 'Notification', id);
      throw notFound('Notification');
    }
    if (!n.readAt) {
      const before = { readAt: null };
      n.readAt = this.clock.now().toJSDate();
      await this.repo.markRead(id, n.readAt);
      await this.audit.recordChange(viewer, 'markNotificationRead', 'Notification', id, before, { readAt: n.readAt });
    }
    return n;
  }
}
