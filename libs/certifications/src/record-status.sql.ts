/**
 * The one SQL form of the renewal status: the CASE mirror of `statusOn` in domain/renewal-status.ts.
 * `r` is the alias of a certification_record row, `today` a parameter placeholder ($n) holding the
 * org-zone calendar date (OrgCalendar.today()); never `now()`, so a FixedClock works.
 */
export function recordStatusSql(r: string, today: string): string {
  return `(CASE
      WHEN ${r}.revoked_at IS NOT NULL THEN 'REVOKED'
      WHEN ${r}.superseded_by_id IS NOT NULL THEN 'SUPERSEDED'
      WHEN COALESCE(${r}.extended_until, ${r}.expires_on) IS NULL THEN 'ACTIVE'
      WHEN ${today}::date > COALESCE(${r}.grace_ends_on, ${r}.extended_until, ${r}.expires_on) THEN 'EXPIRED'
      WHEN ${today}::date > COALESCE(${r}.extended_until, ${r}.expires_on) THEN 'IN_GRACE'
      WHEN ${r}.window_opens_on IS NOT NULL AND ${today}::date >= ${r}.window_opens_on THEN 'RENEWAL_DUE'
      ELSE 'ACTIVE'
    END)`;
}

/** Last valid day of the cycle (extension or expiry); NULL when it never expires. */
export function effectiveDeadlineSql(r: string): string {
  return `COALESCE(${r}.extended_until, ${r}.expires_on)`;
}

/** Whole days from today to the effective deadline (0 on the last day, negative after); NULL if it never expires. */
export function daysLeftSql(r: string, today: string): string {
  return `(${effectiveDeadlineSql(r)} - ${today}::date)`;
}

/** A record that is neither superseded nor revoked (matches the partial index). */
export function currentRecordSql(r: string): string {
  return `(${r}.superseded_by_id IS NULL AND ${r}.revoked_at IS NULL)`;
}

/** Statuses in which a certification counts as held (grace still counts). */
export const HELD_STATUSES = ['ACTIVE', 'RENEWAL_DUE', 'IN_GRACE'] as const;

/**
 * Columns of a record with its computed status, as text dates (no driver date parsing):
 * the select list every record read uses.
 */
export function recordColumnsSql(r: string, today: string): string {
  return `${r}.id, ${r}.employee_id, ${r}.certification_id, ${r}.earned_on::text AS earned_on, ${r}.expires_on::text AS expires_on,
    ${r}.window_opens_on::text AS window_opens_on, ${r}.grace_ends_on::text AS grace_ends_on, ${r}.extended_until::text AS extended_until,
    ${r}.extension_reason, ${r}.extended_by, ${r}.revoked_at, ${r}.revoke_reason, ${r}.revoked_by, ${r}.renews_id, ${r}.superseded_by_id,
    ${r}.credential_id, ${r}.credential_url, ${r}.evidence_url, ${r}.created_at, ${r}.updated_at,
    ${recordStatusSql(r, today)} AS status, ${daysLeftSql(r, today)} AS days_left, ${effectiveDeadlineSql(r)}::text AS effective_deadline`;
}
