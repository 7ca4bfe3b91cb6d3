import { jsonObjectSql, SelectionTree } from '@app/shared';
import { CERTIFICATION_JSON_EXACT, FIELD_SQL, recordObjectSql, TODAY } from './record-view-columns';

/** MyCertification's own fields on the record `r` and its certification `c` (cost and hours as in CERTIFICATION_JSON_EXACT). */
const COLUMNS: Record<string, string> = {
  estimatedHours: CERTIFICATION_JSON_EXACT.estimatedHours,
  costAmount: CERTIFICATION_JSON_EXACT.costAmount,
  status: FIELD_SQL.status('r', TODAY),
  daysLeft: FIELD_SQL.daysLeft('r', TODAY),
  effectiveDeadline: FIELD_SQL.effectiveDeadline('r', TODAY),
  renewalRequirements: 'c.renewal_requirements',
  studyGuideUrl: 'c.study_guide_url',
  costCurrency: 'c.cost_currency',
  payoff: 'c.payoff',
};

/**
 * One of the viewer's certifications (record `r`, its certification joined as `c`) as the exact JSON of a plain
 * selection (raw-json.ts), `$today` for today; null when a selected field only the resolvers answer.
 */
export function myCertificationJsonSql(selection: SelectionTree): string | null {
  const nested = {
    record: (sub: SelectionTree) => recordObjectSql(sub, true)?.object ?? null,
    certification: (sub: SelectionTree) => jsonObjectSql(sub, { columns: CERTIFICATION_JSON_EXACT, typename: 'Certification' }, true),
  };
  return jsonObjectSql(selection, { columns: COLUMNS, nested, typename: 'MyCertification' }, true);
}

const REQUIREMENT_COLUMNS = { id: 'q.id', jobRoleId: 'q.job_role_id', level: 'q.level', certificationId: 'q.certification_id', required: 'q.required' };

/** A job role's requirement `q` (its certification joined as `c`) as the exact JSON of a plain selection. */
export function requirementJsonSql(selection: SelectionTree): string | null {
  const certification = (sub: SelectionTree) => jsonObjectSql(sub, { columns: CERTIFICATION_JSON_EXACT, typename: 'Certification' }, true);
  return jsonObjectSql(selection, { columns: REQUIREMENT_COLUMNS, nested: { certification }, typename: 'CertificationRequirement' }, true);
}
