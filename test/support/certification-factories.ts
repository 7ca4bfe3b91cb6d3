import { DataSource } from 'typeorm';
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

/** Inserts a catalog entry directly (1 YEARS, 2 MONTHS window, 30 days grace, FROM_COMPLETION unless told). */
export async function makeCertification(ds: DataSource, values: CertificationPolicyValues & { name?: string } = {}): Promise<{ id: string; name: string }> {
  const name = values.name ?? uniqueName('Cert');
  const pick = <T>(v: T | undefined, fallback: T): T => (v === undefined ? fallback : v);
  const [row] = await ds.query(
    `INSERT INTO certification (name, issuer, validity_amount, validity_unit, renewal_window_amount, renewal_window_unit, grace_period_days, expiry_base,
       renewal_requirements, study_guide_url, estimated_hours, cost_amount, cost_currency, payoff)
     VALUES ($1, 'Test Issuer', $2, $3, $4, $5, $6, $7, '20 CPE credits', 'https://example.test/guide', 12.5, 300, 'EUR', 'Pay step 1') RETURNING id`,
    [
      name,
      pick(values.validityAmount, 1),
      pick(values.validityUnit, 'YEARS'),
      pick(values.renewalWindowAmount, 2),
      pick(values.renewalWindowUnit, 'MONTHS'),
      values.gracePeriodDays ?? 30,
      values.expiryBase ?? 'FROM_COMPLETION',
    ],
  );
  return { id: row.id, name };
}

export async function makeDepartment(ds: DataSource): Promise<string> {
  const [row] = await ds.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [uniqueName('Dept')]);
  return row.id;
}

export async function makeJobRole(ds: DataSource): Promise<string> {
  const [row] = await ds.query(`INSERT INTO job_role (name) VALUES ($1) RETURNING id`, [uniqueName('Role')]);
  return row.id;
}

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
