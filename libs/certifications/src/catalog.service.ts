import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/auth';
import { AppError, badInput, BusinessErrorCode as C, DomainResult, nameTakenFailure, notFound, Viewer } from '@app/shared';
import { Certification } from './entities/certification.entity';
import { CertificationRequirement } from './entities/certification-requirement.entity';
import { CertificationRepository } from './certification.repository';
import { assertPolicyInput, policyInputProblem, policyOf } from './certification-policy';
import { computeCycle } from './domain';
import type { CycleDates } from './domain';
import {
  CertificationFieldsCommand,
  CreateCertificationCommand,
  PreviewRenewalRulesCommand,
  RemoveCertificationRequirementCommand,
  SetCertificationRequirementCommand,
  UpdateCertificationCommand,
} from './certification-commands';
import { invalidRenewalRules } from './certification-failures';

const FIELDS: Array<keyof CertificationFieldsCommand> = [
  'description', 'validityAmount', 'validityUnit', 'renewalWindowAmount', 'renewalWindowUnit', 'gracePeriodDays', 'expiryBase',
  'anchorMonth', 'anchorDay', 'minActiveAmount', 'minActiveUnit', 'costAmount', 'costCurrency', 'estimatedHours',
  'studyGuideUrl', 'renewalRequirements', 'payoff',
];
const DECIMALS: Array<keyof CertificationFieldsCommand> = ['costAmount', 'estimatedHours'];

/** Catalog and role requirements (HR writes, everyone signed in reads). */
@Injectable()
export class CatalogService {
  constructor(
    private readonly repo: CertificationRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Certification[]> {
    return this.repo.list();
  }

  async get(id: string): Promise<Certification> {
    const found = await this.repo.findById(id);
    if (!found) throw notFound('Certification');
    return found;
  }

  async create(viewer: Viewer, input: CreateCertificationCommand): Promise<DomainResult<Certification, C.DUPLICATE_NAME>> {
    const entity = Object.assign(new Certification(), {
      name: input.name.trim(),
      issuer: input.issuer.trim(),
      gracePeriodDays: 0,
      expiryBase: 'FROM_COMPLETION',
      ...nulls(),
    });
    applyFields(entity, input);
    assertPolicyInput(entity);
    const taken = await nameTakenFailure('certification', entity.name, null, (n) => this.repo.findByName(n));
    if (taken) return taken;
    const saved = await this.repo.save(entity);
    await this.audit.recordChange(viewer, 'createCertification', 'Certification', saved.id, null, { ...saved });
    return saved;
  }

  async update(viewer: Viewer, input: UpdateCertificationCommand): Promise<DomainResult<Certification, C.DUPLICATE_NAME>> {
    const existing = await this.get(input.id);
    const before = { ...existing };
    if (input.name !== undefined && input.name !== null) existing.name = input.name.trim();
    if (input.issuer !== undefined && input.issuer !== null) existing.issuer = input.issuer.trim();
    applyFields(existing, input);
    assertPolicyInput(existing);
    if (existing.name.toLowerCase() !== before.name.toLowerCase()) {
      const taken = await nameTakenFailure('certification', existing.name, existing.id, (n) => this.repo.findByName(n));
      if (taken) return taken;
    }
    const saved = await this.repo.save(existing);
    await this.audit.recordChange(viewer, 'updateCertification', 'Certification', saved.id, before, { ...saved });
    return saved;
  }

  /**
   * The dates the rules give a record completed on `completedOn` and its renewal (on `renewedOn`, default
   * the day the window opens, else the expiry), by computeCycle as recording does. Nothing is saved.
   */
  async previewRules(input: PreviewRenewalRulesCommand): Promise<DomainResult<RulesPreview, C.INVALID_RENEWAL_RULES>> {
    const draft: Certification = input.certificationId
      ? { ...(await this.get(input.certificationId)) }
      : Object.assign(new Certification(), { gracePeriodDays: 0, expiryBase: 'FROM_COMPLETION', ...nulls() });
    const problem = softly(() => applyFields(draft, input)) ?? policyInputProblem(draft);
    if (problem) return invalidRenewalRules(problem);
    const policy = policyOf(draft);
    const first = computeCycle(policy, input.completedOn);
    const renewedOn = input.renewedOn ?? first.windowOpensOn ?? first.expiresOn;
    const renewal = renewedOn ? computeCycle(policy, renewedOn, { expiresOn: first.expiresOn }) : null;
    return { first: { completedOn: input.completedOn, ...first }, renewal: renewal && renewedOn ? { completedOn: renewedOn, ...renewal } : null };
  }

  requirements(jobRoleId: string): Promise<CertificationRequirement[]> {
    return this.repo.requirementsOf(jobRoleId);
  }

  /** The same as `requirements`, as one JSON array of `object` (requirementJsonSql). */
  requirementsJson(jobRoleId: string, object: string): Promise<string> {
    return this.repo.requirementsJson(jobRoleId, object);
  }

  async setRequirement(viewer: Viewer, input: SetCertificationRequirementCommand): Promise<CertificationRequirement> {
    if (!(await this.repo.jobRoleExists(input.jobRoleId))) throw badInput('jobRoleId', `No job role with id ${input.jobRoleId}`);
    if (!(await this.repo.findById(input.certificationId))) throw badInput('certificationId', `No certification with id ${input.certificationId}`);
    const existing = await this.repo.findRequirement(input.jobRoleId, input.level, input.certificationId);
    const before = existing ? { ...existing } : null;
    const required = input.required ?? true;
    const saved = existing
      ? await this.repo.saveRequirement(Object.assign(existing, { required }))
      : await this.repo.insertRequirement({ jobRoleId: input.jobRoleId, level: input.level, certificationId: input.certificationId, required });
    await this.audit.recordChange(viewer, 'setCertificationRequirement', 'CertificationRequirement', saved.id, before, { ...saved });
    return saved;
  }

  async removeRequirement(viewer: Viewer, input: RemoveCertificationRequirementCommand): Promise<boolean> {
    const existing = await this.repo.findRequirement(input.jobRoleId, input.level, input.certificationId);
    if (!existing) throw notFound('CertificationRequirement');
    await this.repo.deleteRequirement(existing.id);
    await this.audit.recordChange(viewer, 'removeCertificationRequirement', 'CertificationRequirement', existing.id, { ...existing }, null);
    return true;
  }
}

function nulls(): Partial<Certification> {
  return Object.fromEntries(FIELDS.filter((f) => f !== 'gracePeriodDays' && f !== 'expiryBase').map((f) => [f, null]));
}

/** Copies the given fields: undefined keeps the value, null clears it. */
function applyFields(target: Certification, input: CertificationFieldsCommand): void {
  for (const field of FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null && field === 'gracePeriodDays') throw badInput(field, 'The grace period cannot be empty: use 0 for no grace.');
    if (value === null && field === 'expiryBase') throw badInput(field, 'Choose what the expiry counts from: the completion date, the previous expiry, or a fixed cycle.');
    const stored = value === null ? null : DECIMALS.includes(field) ? String(value) : value;
    (target as unknown as Record<string, unknown>)[field] = stored;
  }
}

export interface RulesPreview {
  first: CycleDates & { completedOn: string };
  renewal: (CycleDates & { completedOn: string }) | null;
}

/** A BAD_USER_INPUT thrown by `fn` as { field, message }; anything else is rethrown. */
function softly(fn: () => void): { field: string; message: string } | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof AppError && e.code === 'BAD_USER_INPUT') return { field: e.field ?? 'input', message: e.message };
    throw e;
  }
}
