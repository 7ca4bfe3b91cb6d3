import { EventEmitter2 } from '@nestjs/event-emitter';
import { CERTIFICATION_RECORDED, CertificationRecorded } from './certification-events';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessScope, AuditService } from '@app/auth';
import { badInput, BusinessErrorCode as C, DomainResult, forbidden, notFound, OrgCalendar, Viewer } from '@app/shared';
import { applyExtension, computeCycle } from './domain';
import { CertificationRecord } from './entities/certification-record.entity';
import { CertificationRepository } from './certification.repository';
import { CertificationRecordRepository } from './certification-record.repository';
import { policyOf } from './certification-policy';
import { RecordView } from './record-view';
import { ExtendCertificationCommand, RecordCertificationCommand, RevokeCertificationCommand } from './certification-commands';
import { alreadyRevoked, duplicateCredential, extensionNotAfterExpiry, recordNotCurrent } from './certification-failures';

const ENTITY = 'CertificationRecord';

/** Awards, renewals, extensions and revocations of certification records. */
@Injectable()
export class RecordsService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly events: EventEmitter2,
    private readonly records: CertificationRecordRepository,
    private readonly catalog: CertificationRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
  ) {}

  /** One record with today's status; a record the viewer may not see is NOT_FOUND like a missing one. */
  async get(viewer: Viewer, id: string): Promise<RecordView> {
    const record = await this.records.byId(id, this.calendar.today());
    await this.scope.assertCanSee(viewer, record?.employeeId, ENTITY, id);
    return record as RecordView;
  }

  /**
   * Records an award. While a current record exists this is a renewal: the new record renews it and the
   * previous one is marked superseded (its dates are never rewritten).
   */
  async record(viewer: Viewer, input: RecordCertificationCommand): Promise<DomainResult<RecordView, C.DUPLICATE_CREDENTIAL>> {
    await this.assertMayManage(viewer, input.employeeId, 'Employee', input.employeeId);
    const certification = await this.catalog.findById(input.certificationId);
    if (!certification) throw badInput('certificationId', `No certification with id ${input.certificationId}`);
    const today = this.calendar.today();
    if (input.earnedOn > today) throw badInput('earnedOn', 'earnedOn cannot be in the future');
    if (input.credentialId && (await this.records.credentialTaken(certification.id, input.credentialId))) {
      return duplicateCredential();
    }
    const previous = await this.records.findCurrentForUpdate(input.employeeId, certification.id);
    if (previous && input.earnedOn < previous.earnedOn) throw badInput('earnedOn', `earnedOn is before the current record's earned date ${previous.earnedOn}`);
    const cycle = computeCycle(policyOf(certification), input.earnedOn, previous ? { expiresOn: previous.expiresOn, extendedUntil: previous.extendedUntil } : null);
    const id = randomUUID();
    if (previous) {
      const before = { ...previous };
      // Supersede first: the partial unique index allows one current record per employee and certification.
      await this.records.update(previous.id, { supersededById: id });
      await this.audit.recordChange(viewer, 'supersedeCertificationRecord', ENTITY, previous.id, before, { ...before, supersededById: id });
    }
    await this.records.insert({
      id,
      employeeId: input.employeeId,
      certificationId: certification.id,
      earnedOn: input.earnedOn,
      ...cycle,
      extendedUntil: null,
      renewsId: previous?.id ?? null,
      credentialId: input.credentialId ?? null,
      credentialUrl: input.credentialUrl ?? null,
      evidenceUrl: input.evidenceUrl ?? null,
    });
    const view = (await this.records.byId(id, today)) as RecordView;
    await this.audit.recordChange(viewer, 'recordCertification', ENTITY, id, null, view);
    const event: CertificationRecorded = { employeeId: input.employeeId, certificationId: input.certificationId, recordId: id };
    await this.events.emitAsync(CERTIFICATION_RECORDED, event);
    return view;
  }

  /** Moves this cycle's deadline (a manager in the employee's line or HR), with a reason. */
  async extend(viewer: Viewer, input: ExtendCertificationCommand): Promise<DomainResult<RecordView, C.EXTENSION_NOT_AFTER_EXPIRY | C.RECORD_NOT_CURRENT>> {
    const record = await this.records.findEntity(input.recordId);
    await this.assertMayManage(viewer, record?.employeeId, ENTITY, input.recordId);
    const current = record as CertificationRecord;
    if (current.revokedAt || current.supersededById) return recordNotCurrent();
    if (current.expiresOn === null || input.extendedUntil <= current.expiresOn) return extensionNotAfterExpiry(current.expiresOn);
    const certification = (await this.catalog.findById(current.certificationId))!;
    const dates = applyExtension(policyOf(certification), current, input.extendedUntil);
    const before = await this.records.byId(current.id, this.calendar.today());
    await this.records.update(
      current.id,
      { extendedUntil: dates.extendedUntil, graceEndsOn: dates.graceEndsOn, extensionReason: input.reason.trim(), extendedBy: viewer.employeeId },
    );
    const after = (await this.records.byId(current.id, this.calendar.today())) as RecordView;
    await this.audit.recordChange(viewer, 'extendCertification', ENTITY, current.id, before, after);
    return after;
  }

  /** HR revokes a record with a reason; the record stays in the history. */
  async revoke(viewer: Viewer, input: RevokeCertificationCommand): Promise<DomainResult<RecordView, C.ALREADY_REVOKED>> {
    const record = await this.records.findEntity(input.recordId);
    if (!record) throw notFound(ENTITY);
    if (record.revokedAt) return alreadyRevoked();
    const before = await this.records.byId(record.id, this.calendar.today());
    await this.records.update(record.id, { revokedAt: new Date(), revokeReason: input.reason.trim(), revokedBy: viewer.employeeId });
    const after = (await this.records.byId(record.id, this.calendar.today())) as RecordView;
    await this.audit.recordChange(viewer, 'revokeCertification', ENTITY, record.id, before, after);
    return after;
  }

  /** HR, or a manager above the employee. Out of sight: NOT_FOUND; in sight but not managed (oneself): FORBIDDEN. */
  private async assertMayManage(viewer: Viewer, employeeId: string | null | undefined, entity: string, entityId: string): Promise<void> {
    if (employeeId && this.scope.isHr(viewer)) {
      if (entity === 'Employee' && !(await this.records.employeeExists(employeeId))) throw badInput('employeeId', `No employee with id ${employeeId}`);
      return;
    }
    await this.scope.assertCanSee(viewer, employeeId, entity, entityId);
    if (!(await this.scope.manages(viewer.employeeId, employeeId as string))) throw forbidden();
  }

}
