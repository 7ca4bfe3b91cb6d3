import { registerEnumType } from '@nestjs/graphql';

export enum DurationUnitEnum { DAYS = 'DAYS', MONTHS = 'MONTHS', YEARS = 'YEARS' }
export enum ExpiryBaseEnum { FROM_COMPLETION = 'FROM_COMPLETION', FROM_EXPIRY = 'FROM_EXPIRY', FIXED_CYCLE = 'FIXED_CYCLE' }
export enum CertificationStatusEnum {
  ACTIVE = 'ACTIVE',
  RENEWAL_DUE = 'RENEWAL_DUE',
  IN_GRACE = 'IN_GRACE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
}
export enum RequirementLevelEnum { BASELINE = 'BASELINE', PROFICIENT = 'PROFICIENT', ADVANCED = 'ADVANCED' }
export enum RenewalsScopeEnum { ME = 'ME', MY_LINE = 'MY_LINE', ORGANIZATION = 'ORGANIZATION' }
export enum GapGroupByEnum { DEPARTMENT = 'DEPARTMENT', JOB_ROLE = 'JOB_ROLE', MANAGER = 'MANAGER' }
export enum GapReasonEnum { MISSING = 'MISSING', EXPIRED = 'EXPIRED', REVOKED = 'REVOKED' }

registerEnumType(DurationUnitEnum, { name: 'DurationUnit' });
registerEnumType(ExpiryBaseEnum, { name: 'ExpiryBase' });
registerEnumType(CertificationStatusEnum, { name: 'CertificationStatus' });
registerEnumType(RequirementLevelEnum, { name: 'RequirementLevel', description: 'Skill path level a certification requirement belongs to.' });
registerEnumType(RenewalsScopeEnum, { name: 'RenewalsScope', description: 'ME: your own records; MY_LINE: your reporting line; ORGANIZATION: everyone (HR only).' });
registerEnumType(GapGroupByEnum, { name: 'ComplianceGapGroupBy' });
registerEnumType(GapReasonEnum, { name: 'ComplianceGapReason', description: 'MISSING: never held; EXPIRED: held but past grace; REVOKED: only a revoked record.' });
