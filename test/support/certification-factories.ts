import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { CertificationRepository, DurationUnit, ExpiryBase } from '@app/certifications';
import { uniqueName } from './factories';
import type { TestApp } from './test-app';

export interface CertificationPolicyValues {
  validityAmount?: number | null;
  validityUnit?: string | null;
  renewalWindowAmount?: number | null;
  renewalWindowUnit?: string | null;
  gracePeriodDays?: number;
  expiryBase?: string;
}

/** A catalog entry, through the certifications lib's repository (1 YEARS, 2 MONTHS window, 30 days grace, FROM_COMPLETION unless told). */
export async function makeCertification(ds: DataSource, values: CertificationPolicyValues & { name?: string } = {}): Promise<{ id: string; name: string }> {
  const name = values.name ?? uniqueName('Cert');
  const pick = <T>(v: T | undefined, fallback: T): T => (v === undefined ? fallback : v);
  const row = await new CertificationRepository(new TransactionHost(ds)).insert({
    name, issuer: 'Test Issuer',
    validityAmount: pick(values.validityAmount, 1),
    validityUnit: pick(values.validityUnit, 'YEARS') as DurationUnit | null,
    renewalWindowAmount: pick(values.renewalWindowAmount, 2),
    renewalWindowUnit: pick(values.renewalWindowUnit, 'MONTHS') as DurationUnit | null,
    gracePeriodDays: values.gracePeriodDays ?? 30,
    expiryBase: (values.expiryBase ?? 'FROM_COMPLETION') as ExpiryBase,
    renewalRequirements: '20 CPE credits', studyGuideUrl: 'https://example.test/guide', estimatedHours: '12.5', costAmount: '300', costCurrency: 'EUR', payoff: 'Pay step 1',
  });
  return { id: row.id, name };
}

export { makeDepartment, makeJobRole } from './factories';

export const RECORD_FIELDS = `id employeeId certificationId earnedOn expiresOn windowOpensOn graceEndsOn extendedUntil extensionReason
  status daysLeft effectiveDeadline renewsId supersededById credentialId revokeReason`;

const RECORD = `mutation($input: RecordCertificationInput!) {
  recordCertification(input: $input) {
    __typename
    ... on CertificationRecord { ${RECORD_FIELDS} }
    ... on DuplicateCredentialError { message field }
  }
}`;

/** Records an award over GraphQL as `token`'s holder; returns the result (record or business error). */
export async function recordCertification(
  t: TestApp,
  token: string,
  input: { employeeId: string; certificationId: string; earnedOn: string; credentialId?: string; credentialUrl?: string; evidenceUrl?: string },
) {
  return t.gql<{ recordCertification: Record<string, unknown> & { __typename: string; id: string; status: string } }>(RECORD, { input }, token);
}

export const ATTEMPT_FIELDS = `id employeeId certificationId attemptedOn passed score costAmount costCurrency recordId recordedById selfReported`;

const ATTEMPT = `mutation($input: RecordCertificationAttemptInput!) {
  recordCertificationAttempt(input: $input) {
    __typename
    ... on CertificationAttempt { ${ATTEMPT_FIELDS} }
    ... on DuplicateAttemptError { message field }
  }
}`;

/** Records an exam attempt over GraphQL as `token`'s holder; returns the result (attempt or business error). */
export async function recordAttempt(
  t: TestApp,
  token: string,
  input: { employeeId: string; certificationId: string; attemptedOn: string; passed: boolean; score?: number; costAmount?: number; costCurrency?: string },
) {
  return t.gql<{ recordCertificationAttempt: Record<string, unknown> & { __typename: string; id: string; recordId: string | null } }>(ATTEMPT, { input }, token);
}


export { countStatements as countCertificationStatements } from './statement-count';
