import { jsonObjectSql, SelectionTree } from '@app/shared';
import { employeeRefJsonSql, type RelationSql } from '@app/employees';
import { currentRecordSql, daysLeftSql, effectiveDeadlineSql, recordStatusSql } from './record-status.sql';
import type { RecordView } from './record-view';

type ColumnSql = (r: string, today: string) => string;

/** Each RecordView field as SQL on the record aliased `r`: dates as 'yyyy-MM-dd' text, status and days for `today`. */
export const FIELD_SQL: Record<keyof RecordView, ColumnSql> = {
  id: (r) => `${r}.id`,
  employeeId: (r) => `${r}.employee_id`,
  certificationId: (r) => `${r}.certification_id`,
  earnedOn: (r) => `${r}.earned_on::text`,
  expiresOn: (r) => `${r}.expires_on::text`,
  windowOpensOn: (r) => `${r}.window_opens_on::text`,
  graceEndsOn: (r) => `${r}.grace_ends_on::text`,
  extendedUntil: (r) => `${r}.extended_until::text`,
  extensionReason: (r) => `${r}.extension_reason`,
  extendedBy: (r) => `${r}.extended_by`,
  revokedAt: (r) => `${r}.revoked_at`,
  revokeReason: (r) => `${r}.revoke_reason`,
  revokedBy: (r) => `${r}.revoked_by`,
  renewsId: (r) => `${r}.renews_id`,
  supersededById: (r) => `${r}.superseded_by_id`,
  credentialId: (r) => `${r}.credential_id`,
  credentialUrl: (r) => `${r}.credential_url`,
  evidenceUrl: (r) => `${r}.evidence_url`,
  createdAt: (r) => `${r}.created_at`,
  updatedAt: (r) => `${r}.updated_at`,
  status: recordStatusSql,
  daysLeft: daysLeftSql,
  effectiveDeadline: (r) => `${effectiveDeadlineSql(r)}::text`,
};

/** Fields every partial read carries: the keys loaders group by and relations resolve from. */
export const RECORD_KEY_FIELDS = ['id', 'employeeId', 'certificationId', 'renewsId'] as const;
export type RecordKeyFields = (typeof RECORD_KEY_FIELDS)[number];

/** A record read with only some of its fields (the keys always). */
export type PartialRecordView = Pick<RecordView, RecordKeyFields> & Partial<RecordView>;

/**
 * The select list for the key fields and those of `fields` that are RecordView fields, each aliased by its
 * RecordView name: the driver's rows are the views, with nothing to map.
 */
export function recordViewColumnsSql(r: string, today: string, fields: Iterable<string>): string {
  const wanted = new Set<string>(RECORD_KEY_FIELDS);
  for (const f of fields) if (Object.hasOwn(FIELD_SQL, f)) wanted.add(f);
  return [...wanted].map((f) => `${FIELD_SQL[f as keyof RecordView](r, today)} AS "${f}"`).join(', ');
}

/** Stands for today's date in SQL built here (bindToday). */
export const TODAY = '$today';

/** Record fields whose SQL value as JSON is what GraphQL answers (timestamps are not: they stay with the resolver path). */
const JSON_EXACT: ReadonlyArray<keyof RecordView> = [
  'id', 'employeeId', 'certificationId', 'earnedOn', 'expiresOn', 'windowOpensOn', 'graceEndsOn', 'extendedUntil', 'extensionReason',
  'revokeReason', 'renewsId', 'supersededById', 'credentialId', 'credentialUrl', 'evidenceUrl', 'status', 'daysLeft', 'effectiveDeadline',
];

/**
 * Catalog fields whose SQL value as JSON is what GraphQL answers. Cost (numeric(12,2)) and hours (numeric(6,1)) as
 * float8, which PostgreSQL writes as JavaScript writes the Number the resolvers make of them (shortest round-trip;
 * no exponent in those ranges).
 */
export const CERTIFICATION_JSON_EXACT: Record<string, string> = {
  estimatedHours: 'c.estimated_hours::float8', costAmount: 'c.cost_amount::float8',
  id: 'c.id', name: 'c.name', issuer: 'c.issuer', description: 'c.description', validityAmount: 'c.validity_amount', validityUnit: 'c.validity_unit',
  renewalWindowAmount: 'c.renewal_window_amount', renewalWindowUnit: 'c.renewal_window_unit', gracePeriodDays: 'c.grace_period_days',
  expiryBase: 'c.expiry_base', anchorMonth: 'c.anchor_month', anchorDay: 'c.anchor_day', minActiveAmount: 'c.min_active_amount',
  minActiveUnit: 'c.min_active_unit', costCurrency: 'c.cost_currency', studyGuideUrl: 'c.study_guide_url',
  renewalRequirements: 'c.renewal_requirements', payoff: 'c.payoff',
};

/** Record fields answered by CertificationRecord's own field resolvers, with the fields each loads from. */
const RESOLVER_NEEDS: Record<string, readonly RecordKeyFields[]> = { certification: ['certificationId'], employee: ['employeeId'], previousRecords: ['id', 'renewsId'] };
const RESOLVED_FIELDS = new Set(Object.keys(RESOLVER_NEEDS));

/**
 * The record aliased `r` as `json_build_object(...)` of the selected fields (the certification nested when its
 * selection is plain columns: `joined` says the caller must join it as `c`; the employee as a reference, exact
 * JSON only); `$today` stands for today's date. Null when a selected field only a resolver answers (see jsonObjectSql).
 */
export function recordObjectSql(selection: SelectionTree, exact: boolean): { object: string; joined: boolean } | null {
  const columns = Object.fromEntries(JSON_EXACT.map((f) => [f, FIELD_SQL[f]('r', TODAY)]));
  let joined = false;
  const certification = (sub: SelectionTree, exactSub: boolean) => {
    const nested = jsonObjectSql(sub, { columns: CERTIFICATION_JSON_EXACT, typename: 'Certification' }, exactSub);
    joined ||= nested !== null;
    return nested;
  };
  // the employee as a reference, read through the employees lib (exact JSON only)
  const employee = (sub: SelectionTree, exactSub: boolean) => (exactSub ? employeeRefJsonSql(sub, 'r.employee_id') : null);
  const object = jsonObjectSql(selection, { columns, needs: RESOLVER_NEEDS, nested: { certification, employee }, resolved: RESOLVED_FIELDS, typename: 'CertificationRecord' }, exact);
  return object ? { object, joined } : null;
}

/** Binds `$today` in SQL from recordObjectSql (only when it is there: an unused parameter would fail the statement). */
export function bindToday(sql: string, today: () => string): string {
  return sql.includes(TODAY) ? sql.replaceAll(TODAY, today()) : sql;
}

/**
 * The current records of the employee aliased `e` as a JSON array of the selected fields, ordered as
 * `RecordStatusQuery.currentOf` (the certification joined once when its selection is plain columns); null when
 * the selection asks for a field only the resolver path answers exactly (`exact`: see jsonObjectSql).
 */
export function currentRecordsJsonSql(selection: SelectionTree, sql: RelationSql, today: () => string, exact = false): string | null {
  const read = recordObjectSql(selection, exact);
  if (!read) return null;
  // The record's certification is a foreign key, never null: a join reads it once per record.
  const join = read.joined ? ' JOIN certification c ON c.id = r.certification_id' : '';
  const orderBy = `${effectiveDeadlineSql('r')} NULLS LAST, r.id`;
  return sql.many({ object: bindToday(read.object, today), from: `certification_record r${join}`, key: 'r.employee_id', where: currentRecordSql('r'), orderBy });
}
