/** Public types of the certification renewal rules. See renewal.ts for the date conventions. */

export type DurationUnit = 'DAYS' | 'MONTHS' | 'YEARS';

export interface PeriodSpec {
  amount: number;
  unit: DurationUnit;
}

export type ExpiryBase = 'FROM_COMPLETION' | 'FROM_EXPIRY' | 'FIXED_CYCLE';

/**
 * Calendar anchor of a FIXED_CYCLE policy. Anchors are `year-month-day + k * validity` for every integer k.
 * `year` only matters when the cycle does not divide a year (e.g. 2 YEARS, 90 DAYS); it defaults to 2000.
 * 29 February is rejected by validatePolicy (it does not occur every year).
 */
export interface CycleAnchor {
  month: number;
  day: number;
  year?: number;
}

export interface RenewalPolicy {
  /** null: never expires. For FIXED_CYCLE: the cycle length between two anchors. */
  validity: PeriodSpec | null;
  /** Opens this long (DAYS or MONTHS) before expiresOn; null: no window, RENEWAL_DUE is never shown. */
  renewalWindow: PeriodSpec | null;
  /** Whole days after the effective deadline; 0 allowed. */
  gracePeriodDays: number;
  expiryBase: ExpiryBase;
  /** FIXED_CYCLE only. */
  fixedCycleAnchor?: CycleAnchor | null;
  /** FIXED_CYCLE only: completion + this must be on or before the chosen anchor. */
  minimumActivePeriod?: PeriodSpec | null;
}

/** Stored per record as DATE columns; all three are null for a record that never expires. */
export interface CycleDates {
  /** Last day the record is valid (inclusive). Never moved by an extension. */
  expiresOn: string | null;
  /** First day of RENEWAL_DUE; always relative to the original expiresOn. */
  windowOpensOn: string | null;
  /** Last day of IN_GRACE = effective deadline + gracePeriodDays. */
  graceEndsOn: string | null;
}

/** The record previous to a renewal; `extendedUntil` lets a renewal during an extension keep the original base. */
export interface PreviousCycle {
  expiresOn: string | null;
  extendedUntil?: string | null;
}

export interface ExtendedCycleDates extends CycleDates {
  extendedUntil: string;
}

export interface CertificationRecordDates extends CycleDates {
  extendedUntil?: string | null;
  revoked?: boolean;
  superseded?: boolean;
}

export type CertificationStatus = 'ACTIVE' | 'RENEWAL_DUE' | 'IN_GRACE' | 'EXPIRED' | 'REVOKED' | 'SUPERSEDED';

export interface PolicyError {
  field: string;
  message: string;
}
