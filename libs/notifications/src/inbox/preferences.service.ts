import { Injectable } from '@nestjs/common';
import { Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { ChannelName, DEFAULT_CHANNELS } from '../entities/notification-preference.entity';
import { PreferenceRepository } from './preference.repository';

export interface Preferences {
  channels: ChannelName[];
  quietDigest: boolean;
  isDefault: boolean;
}

/** Each person's channels and digest choice; defaults until they set them. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly repo: PreferenceRepository,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer): Promise<Preferences> {
    const p = await this.repo.findByEmployee(viewer.employeeId);
    return p ? { channels: p.channels, quietDigest: p.quietDigest, isDefault: false } : { channels: [...DEFAULT_CHANNELS], quietDigest: false, isDefault: true };
  }

  async update(viewer: Viewer, input: { channels?: ChannelName[]; quietDigest?: boolean }): Promise<Preferences> {
    const before = await this.get(viewer);
    const channels = input.channels ?? before.channels;
    const quietDigest = input.quietDigest ?? before.quietDigest;
    await this.repo.upsert(viewer.employeeId, channels, quietDigest);
    const after = { channels, quietDigest, isDefault: false };
    await this.audit.recordChange(viewer, 'updateMyNotificationPreferences', 'NotificationPreference', viewer.employeeId, before, after);
    return after;
  }
}
