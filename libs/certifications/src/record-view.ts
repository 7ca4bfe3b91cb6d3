import type { CertificationStatus } from './domain';

/** A certification record as read with its status for one day. Dates are 'yyyy-MM-dd'. */
export interface RecordView {
  id: string;
  employeeId: string;
  certificationId: string;
  earnedOn: string;
  expiresOn: string | null;
  windowOpensOn: string | null;
  graceEndsOn: string | null;
  extendedUntil: string | null;
  extensionReason: string | null;
  extendedBy: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
  revokedBy: string | null;
  renewsId: string | null;
  supersededById: string | null;
  credentialId: string | null;
  credentialUrl: string | null;
  evidenceUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
  status: CertificationStatus;
  daysLeft: number | null;
  effectiveDeadline: string | null;
}

export interface RecordRow {
  id: string;
  employee_id: string;
  certification_id: string;
  earned_on: string;
  expires_on: string | null;
  window_opens_on: string | null;
  grace_ends_on: string | null;
  extended_until: string | null;
  extension_reason: string | null;
  extended_by: string | null;
  revoked_at: Date | string | null;
  revoke_reason: string | null;
  revoked_by: string | null;
  renews_id: string | null;
  superseded_by_id: string | null;
  credential_id: string | null;
  credential_url: string | null;
  evidence_url: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  status: CertificationStatus;
  days_left: number | string | null;
  effective_deadline: string | null;
}

const asDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

export function toRecordView(row: RecordRow): RecordView {
  return {
    id: row.id,
    employeeId: row.employee_id,
    certificationId: row.certification_id,
    earnedOn: row.earned_on,
    expiresOn: row.expires_on,
    windowOpensOn: row.window_opens_on,
    graceEndsOn: row.grace_ends_on,
    extendedUntil: row.extended_until,
    extensionReason: row.extension_reason,
    extendedBy: row.extended_by,
    revokedAt: asDate(row.revoked_at),
    revokeReason: row.revoke_reason,
    revokedBy: row.revoked_by,
    renewsId: row.renews_id,
    supersededById: row.superseded_by_id,
    credentialId: row.credential_id,
    credentialUrl: row.credential_url,
    evidenceUrl: row.evidence_url,
    createdAt: asDate(row.created_at) as Date,
    updatedAt: asDate(row.updated_at) as Date,
    status: row.status,
    daysLeft: row.days_left === null ? null : Number(row.days_left),
    effectiveDeadline: row.effective_deadline,
  };
}
