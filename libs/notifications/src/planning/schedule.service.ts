import { Injectable } from '@nestjs/common';
import { notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { CERTIFICATION_VIEW } from '@app/certifications';
import { CertificationReminderSchedule, DEFAULT_DAYS_BEFORE } from '../entities/reminder-schedule.entity';

export interface Schedule {
  certificationId: string;
  onWindowOpen: boolean;
  daysBefore: number[];
  onExpiry: boolean;
  notifyManager: boolean;
  isDefault: boolean;
}

const defaults = (certificationId: string): Schedule => ({
  certificationId,
  onWindowOpen: true,
  daysBefore: [...DEFAULT_DAYS_BEFORE],
  onExpiry: true,
  notifyManager: false,
  isDefault: true,
});

/** HR's reminder schedule per certification (window opens, N days before, on expiry). */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
  ) {}

  async get(certificationId: string): Promise<Schedule> {
    await this.assertCertification(certificationId);
    const s = await this.tx.manager.findOne(CertificationReminderSchedule, { where: { certificationId } });
    return s ? toSchedule(s) : defaults(certificationId);
  }

  async update(viewer: Viewer, input: Omit<Schedule, 'isDefault'>): Promise<Schedule> {
    const before = await this.get(input.certificationId);
    const daysBefore = [...input.daysBefore].sort((a, b) => b - a);
    await this.tx.query(
      `INSERT INTO certification_reminder_schedule (certification_id, on_window_open, days_before, on_expiry, notify_manager)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (certification_id) DO UPDATE SET on_window_open = EXCLUDED.on_window_open, days_before = EXCLUDED.days_before,
         on_expiry = EXCLUDED.on_expiry, notify_manager = EXCLUDED.notify_manager, updated_at = now()`,
      [input.certificationId, input.onWindowOpen, daysBefore, input.onExpiry, input.notifyManager],
    );
    const after: Schedule = { ...input, daysBefore, isDefault: false };
    await this.audit.recordChange(viewer, 'updateCertificationReminderSchedule', 'CertificationReminderSchedule', input.certificationId, before, after);
    return after;
  }

  private async assertCertification(id: string): Promise<void> {
    const rows = await this.tx.query(`SELECT 1 FROM ${CERTIFICATION_VIEW} certification WHERE id = $1`, [id]);
    if (!rows.length) throw notFound('Certification');
  }
}

function toSchedule(s: CertificationReminderSchedule): Schedule {
  return { certificationId: s.certificationId, onWindowOpen: s.onWindowOpen, daysBefore: s.daysBefore, onExpiry: s.onExpiry, notifyManager: s.notifyManager, isDefault: false };
}
