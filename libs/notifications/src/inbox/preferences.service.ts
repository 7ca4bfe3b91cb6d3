import { Injectable } from '@nestjs/common';
import { Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { ChannelName, DEFAULT_CHANNELS, NotificationPreference } from '../entities/notification-preference.entity';

export interface Preferences {
  channels: ChannelName[];
  quietDigest: boolean;
  isDefault: boolean;
}

/** Each person's channels and digest choice; defaults until they set them. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer): Promise<Preferences> {
    const p = await this.tx.manager.findOne(NotificationPreference, { where: { employeeId: viewer.employeeId } });
    return p ? { channels: p.channels, quietDigest: p.quietDigest, isDefault: false } : { channels: [...DEFAULT_CHANNELS], quietDigest: false, isDefault: true };
  }

  async update(viewer: Viewer, input: { channels?: ChannelName[]; quietDigest?: boolean }): Promise<Preferences> {
    const before = await this.get(viewer);
    const channels = input.channels ?? before.channels;
    const quietDigest = input.quietDigest ?? before.quietDigest;
    await this.tx.query(
      `INSERT INTO notification_preference (employee_id, channels, quiet_digest) VALUES ($1, $2, $3)
       ON CONFLICT (employee_id) DO UPDATE SET channels = EXCLUDED.channels, quiet_digest = EXCLUDED.quiet_digest, updated_at = now()`,
      [viewer.employeeId, channels, quietDigest],
    );
    const after = { channels, quietDigest, isDefault: false };
    await this.audit.recordChange(viewer, 'updateMyNotificationPreferences', 'NotificationPreference', viewer.employeeId, before, after);
    return after;
  }
}
