import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { CERTIFICATION_VIEW } from '@app/certifications';
import { CertificationReminderSchedule } from '../entities/reminder-schedule.entity';

/** Every query on the reminder schedules HR sets per certification. */
@Injectable()
export class ReminderScheduleRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  findByCertification(certificationId: string): Promise<CertificationReminderSchedule | null> {
    return this.tx.manager.findOne(CertificationReminderSchedule, { where: { certificationId } });
  }

  /** Sets the certification's schedule, inserting its row the first time. */
  @GenerateSql({ params: [{ certificationId: SqlExample.ID, onWindowOpen: true, daysBefore: [30, 7], onExpiry: true, notifyManager: false }] })
  async upsert(s: Pick<CertificationReminderSchedule, 'certificationId' | 'onWindowOpen' | 'daysBefore' | 'onExpiry' | 'notifyManager'>): Promise<void> {
    await this.tx.query(
      `INSERT INTO certification_reminder_schedule (certification_id, on_window_open, days_before, on_expiry, notify_manager)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (certification_id) DO UPDATE SET on_window_open = EXCLUDED.on_window_open, days_before = EXCLUDED.days_before,
         on_expiry = EXCLUDED.on_expiry, notify_manager = EXCLUDED.notify_manager, updated_at = now()`,
      [s.certificationId, s.onWindowOpen, s.daysBefore, s.onExpiry, s.notifyManager],
    );
  }

  @GenerateSql({ params: [SqlExample.ID] })
  async certificationExists(id: string): Promise<boolean> {
    const rows = await this.tx.query(`SELECT 1 FROM ${CERTIFICATION_VIEW} certification WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
