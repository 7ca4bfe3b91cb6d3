import { Injectable } from '@nestjs/common';
import { notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { CertificationReminderSchedule, DEFAULT_DAYS_BEFORE } from '../entities/reminder-schedule.entity';
import { ReminderScheduleRepository } from './reminder-schedule.repository';

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
    private readonly repo: ReminderScheduleRepository,
    private readonly audit: AuditService,
  ) {}

  async get(certificationId: string): Promise<Schedule> {
    await this.assertCertification(certificationId);
    const s = await this.repo.findByCertification(certificationId);
    return s ? toSchedule(s) : defaults(certificationId);
  }

  async update(viewer: Viewer, input: Omit<Schedule, 'isDefault'>): Promise<Schedule> {
    const before = await this.get(input.certificationId);
    const daysBefore = [...input.daysBefore].sort((a, b) => b - a);
    await this.repo.upsert({ certificationId: input.certificationId, onWindowOpen: input.onWindowOpen, daysBefore, onExpiry: input.onExpiry, notifyManager: input.notifyManager });
    const after: Schedule = { ...input, daysBefore, isDefault: false };
    await this.audit.recordChange(viewer, 'updateCertificationReminderSchedule', 'CertificationReminderSchedule', input.certificationId, before, after);
    return after;
  }

  private async assertCertification(id: string): Promise<void> {
    if (!(await this.repo.certificationExists(id))) throw notFound('Certification');
  }
}

function toSchedule(s: CertificationReminderSchedule): Schedule {
  return { certificationId: s.certificationId, onWindowOpen: s.onWindowOpen, daysBefore: s.daysBefore, onExpiry: s.onExpiry, notifyManager: s.notifyManager, isDefault: false };
}
