import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { ChannelName, NotificationPreference } from '../entities/notification-preference.entity';

/** Every query on people's notification preferences (one row each, once they set them). */
@Injectable()
export class PreferenceRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  findByEmployee(employeeId: string): Promise<NotificationPreference | null> {
    return this.tx.manager.findOne(NotificationPreference, { where: { employeeId } });
  }

  /** Sets the employee's channels and digest choice, inserting their row the first time. */
  @GenerateSql({ params: [SqlExample.ID, ['EMAIL', 'IN_APP'], true] })
  async upsert(employeeId: string, channels: readonly ChannelName[], quietDigest: boolean): Promise<void> {
    await this.tx.query(
      `INSERT INTO notification_preference (employee_id, channels, quiet_digest) VALUES ($1, $2, $3)
       ON CONFLICT (employee_id) DO UPDATE SET channels = EXCLUDED.channels, quiet_digest = EXCLUDED.quiet_digest, updated_at = now()`,
      [employeeId, channels, quietDigest],
    );
  }
}
