export type {
  CertificationRecordDates,
  CertificationStatus,
  CycleAnchor,
  CycleDates,
  DurationUnit,
  ExpiryBase,
  ExtendedCycleDates,
  PeriodSpec,
  PolicyError,
  PreviousCycle,
  RenewalPolicy,
} from './types';
export { applyExtension, computeCycle } from './renewal';
export { daysLeft, effectiveDeadline, orgDate, statusAt, statusOn } from './renewal-status';
export { validatePolicy } from './policy';
