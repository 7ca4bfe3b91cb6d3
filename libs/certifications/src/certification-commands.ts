import type { DurationUnit, ExpiryBase } from './domain';
import type { RequirementLevel } from './entities/certification-requirement.entity';

/** What callers ask of the certification services: plain commands (the GraphQL inputs implement them). */

/** Renewal policy, cost and guidance fields shared by create, update and preview: undefined keeps a value, null clears it. */
export interface CertificationFieldsCommand {
  description?: string | null;
  validityAmount?: number | null;
  validityUnit?: DurationUnit | null;
  renewalWindowAmount?: number | null;
  renewalWindowUnit?: DurationUnit | null;
  gracePeriodDays?: number | null;
  expiryBase?: ExpiryBase | null;
  anchorMonth?: number | null;
  anchorDay?: number | null;
  minActiveAmount?: number | null;
  minActiveUnit?: DurationUnit | null;
  costAmount?: number | null;
  costCurrency?: string | null;
  estimatedHours?: number | null;
  studyGuideUrl?: string | null;
  renewalRequirements?: string | null;
  payoff?: string | null;
}

export interface CreateCertificationCommand extends CertificationFieldsCommand {
  name: string;
  issuer: string;
}

export interface UpdateCertificationCommand extends CertificationFieldsCommand {
  id: string;
  name?: string | null;
  issuer?: string | null;
}

/** Rules to try: a catalog entry's (certificationId) or the defaults, with the fields given applied. */
export interface PreviewRenewalRulesCommand extends CertificationFieldsCommand {
  certificationId?: string;
  completedOn: string;
  /** Default: the day the renewal window opens, else the expiry. */
  renewedOn?: string;
}

export interface SetCertificationRequirementCommand {
  jobRoleId: string;
  level: RequirementLevel;
  certificationId: string;
  /** true (default): compliance; false: recommended. */
  required?: boolean;
}

export interface RemoveCertificationRequirementCommand {
  jobRoleId: string;
  level: RequirementLevel;
  certificationId: string;
}

export interface RecordCertificationCommand {
  employeeId: string;
  certificationId: string;
  earnedOn: string;
  credentialId?: string;
  credentialUrl?: string;
  evidenceUrl?: string;
}

export interface ExtendCertificationCommand {
  recordId: string;
  /** The new effective deadline, after the expiry. */
  extendedUntil: string;
  reason: string;
}

export interface RevokeCertificationCommand {
  recordId: string;
  reason: string;
}

export interface RecordCertificationAttemptCommand {
  employeeId: string;
  certificationId: string;
  attemptedOn: string;
  passed: boolean;
  score?: number;
  /** Omitted: the catalog cost counts. */
  costAmount?: number;
  /** Default: the catalog entry's currency. */
  costCurrency?: string;
}
