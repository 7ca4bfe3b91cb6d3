import { createHmac, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DateTime } from 'luxon';
import { badInput, BusinessErrorCode as C, Clock, DomainResult, fail, forbidden, notFound, OrgCalendar, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { IncentiveAward } from './entities/incentive-award.entity';
import { RecognitionEvent } from './entities/recognition-event.entity';
import { PayrollWebhookRepository } from './payroll-webhook.repository';
import { IncentiveRepository, RecognitionAuditRow } from './incentive.repository';
import { payrollCsv } from './payroll-csv';
import { INCENTIVE_AWARDS_PENDING, IncentiveAwardsPending } from './incentive-events';
import { ConfigurePayrollWebhookCommand, DecideIncentiveAwardCommand, RecordRecognitionCommand } from './incentive-commands';

/** What a payroll webhook send did: the receiver's HTTP status (0 when unreachable) and the signature sent. */
export interface PayrollWebhookDelivery {
  statusCode: number;
  delivered: boolean;
  awardCount: number;
  signature: string;
}

/**
 * Incentive rules and awards. HR writes rules, runs the (idempotent, set-based) evaluation, approves
 * awards and exports payroll. Employees see their own awards, managers their line's, HR all.
 */
@Injectable()
export class IncentivesService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly repo: IncentiveRepository,
    private readonly employees: EmployeeRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
    private readonly webhooks: PayrollWebhookRepository,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}


  /** Creates awards for newly met conditions and applies lapse policies; idempotent. */
  async evaluate(actor: Viewer | null): Promise<{ created: number; suspended: number; reinstated: number }> {
    const today = this.calendar.today();
    const created = await this.awardsPending(await this.repo.createMetAwards(today));
    const lapses = await this.repo.applyLapses(today);
    const result = { created, ...lapses };
    if (created || lapses.suspended || lapses.reinstated) await this.audit.recordChange(actor, 'evaluateIncentives', 'IncentiveAward', null, null, { ...result, today });
    return result;
  }

  /** Awards one employee has newly earned (called when a certification is recorded or a level reached). */
  async awardFor(employeeId: string): Promise<number> {
    const created = await this.awardsPending(await this.repo.createMetAwards(this.calendar.today(), employeeId));
    if (created) await this.audit.recordChange(null, 'evaluateIncentives', 'IncentiveAward', null, null, { created, employeeId });
    return created;
  }

  /** Tells who approves awards about the ones just created; returns how many. */
  private async awardsPending(awardIds: string[]): Promise<number> {
    const event: IncentiveAwardsPending = { awardIds };
    if (awardIds.length) await this.events.emitAsync(INCENTIVE_AWARDS_PENDING, event);
    return awardIds.length;
  }

  async listAwards(viewer: Viewer, employeeId?: string, status?: string): Promise<IncentiveAward[]> {
    if (employeeId) await this.scope.assertCanSee(viewer, (await this.employees.findById(employeeId))?.id, 'Employee', employeeId);
    const params: unknown[] = [];
    const sql = this.scope.visibleEmployeesPredicate(viewer, 'a.employee_id', params);
    return this.repo.listAwards({ sql, params }, employeeId, status);
  }

  /** HR approves or rejects a pending award, never their own; a decided award keeps its decision (AWARD_ALREADY_DECIDED). */
  async decideAward(viewer: Viewer, input: DecideIncentiveAwardCommand): Promise<DomainResult<IncentiveAward, C.AWARD_ALREADY_DECIDED>> {
    const award = await this.repo.findAward(input.id);
    if (!award) throw notFound('IncentiveAward');
    if (award.employeeId === viewer.employeeId) throw forbidden();
    if (award.status !== 'PENDING') return fail(C.AWARD_ALREADY_DECIDED, `The award is already ${award.status.toLowerCase()}.`, { details: { status: award.status } });
    const before = { ...award };
    Object.assign(award, { status: input.approve ? 'APPROVED' : 'REJECTED', decidedById: viewer.employeeId, decidedAt: new Date() });
    const saved = await this.repo.saveAward(award);
    await this.audit.recordChange(viewer, input.approve ? 'approveIncentiveAward' : 'rejectIncentiveAward', 'IncentiveAward', saved.id, before, { ...saved });
    return saved;
  }

  async payrollCsv(from?: string, to?: string): Promise<string> {
    return payrollCsv(await this.repo.payrollRows(from, to));
  }

  async configureWebhook(viewer: Viewer, input: ConfigurePayrollWebhookCommand): Promise<boolean> {
    const saved = await this.webhooks.insert({ url: input.url, secret: input.secret, configuredById: viewer.employeeId });
    await this.audit.recordChange(viewer, 'configurePayrollWebhook', 'PayrollWebhook', saved.id, null, { url: saved.url });
    return true;
  }

  /** POSTs the payroll awards as JSON, signed with X-Skillpath-Signature: sha256=HMAC-SHA256(secret, body). */
  async sendWebhook(viewer: Viewer, from?: string, to?: string): Promise<DomainResult<PayrollWebhookDelivery, C.PAYROLL_WEBHOOK_NOT_CONFIGURED>> {
    const hook = await this.webhooks.latest();
    if (!hook) return fail(C.PAYROLL_WEBHOOK_NOT_CONFIGURED, 'No payroll webhook is configured: configure one before sending.');
    const awards = await this.repo.payrollRows(from, to);
    const deliveryId = randomUUID();
    const body = JSON.stringify({ deliveryId, generatedAt: this.clock.now().toISO(), from: from ?? null, to: to ?? null, awards });
    const signature = `sha256=${createHmac('sha256', hook.secret).update(body).digest('hex')}`;
    let statusCode = 0;
    try {
      const res = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-skillpath-signature': signature, 'x-skillpath-delivery': deliveryId }, body, signal: AbortSignal.timeout(10_000) });
      statusCode = res.status;
    } catch {
      statusCode = 0;
    }
    const delivered = statusCode >= 200 && statusCode < 300;
    await this.audit.recordChange(viewer, 'sendPayrollWebhook', 'PayrollWebhook', hook.id, null, { deliveryId, statusCode, awardCount: awards.length });
    return { statusCode, delivered, awardCount: awards.length, signature };
  }

  /** A manager in the employee's line or HR records recognition; never for oneself. */
  async recordRecognition(viewer: Viewer, input: RecordRecognitionCommand): Promise<RecognitionEvent> {
    const employee = await this.employees.findById(input.employeeId);
    await this.scope.assertCanSee(viewer, employee?.id, 'Employee', input.employeeId);
    if (input.employeeId === viewer.employeeId) throw forbidden();
    if (!this.scope.isHr(viewer) && !(await this.scope.manages(viewer.employeeId, input.employeeId))) throw forbidden();
    if (input.occurredOn > this.calendar.today()) throw badInput('occurredOn', 'occurredOn cannot be in the future');
    const saved = await this.repo.insertRecognition({ ...input, givenById: viewer.employeeId, pathLevelId: input.pathLevelId ?? null, certificationId: input.certificationId ?? null });
    await this.audit.recordChange(viewer, 'recordRecognition', 'RecognitionEvent', saved.id, null, { ...saved });
    return saved;
  }

  /** Last six months (today included) of recognition, per department. */
  recognitionAudit(): Promise<RecognitionAuditRow[]> {
    const today = this.calendar.today();
    const since = DateTime.fromISO(today, { zone: 'UTC' }).minus({ months: 6 }).plus({ days: 1 }).toISODate() as string;
    return this.repo.recognitionAudit(since, today);
  }
}
