import { currentRecordSql, HELD_STATUSES, recordStatusSql, CERTIFICATION_RECORD_VIEW } from '@app/certifications';
import { LEVEL_ACHIEVEMENT_VIEW, PATH_ASSIGNMENT_VIEW } from '@app/skill-paths';

const RANK_OF = (col: string) => `(CASE ${col} WHEN 'BASELINE' THEN 1 WHEN 'PROFICIENT' THEN 2 WHEN 'ADVANCED' THEN 3 ELSE 0 END)`;

/**
 * SQL boolean: employee `e` meets requirement `q` (opportunity_requirement, with `l` its LEFT JOINed
 * path_level) on the day in parameter `today`. A level requirement is met at that level or above:
 * the current level of an assignment on the path, or a level achievement. A certification
 * requirement is met by a current record that counts as held (active, renewal due, in grace).
 */
export function requirementMetSql(e: string, q: string, l: string, today: string): string {
  return `(CASE WHEN ${q}.path_level_id IS NOT NULL THEN (
      EXISTS (SELECT 1 FROM ${PATH_ASSIGNMENT_VIEW} pa WHERE pa.employee_id = ${e}.id AND pa.path_id = ${l}.path_id AND ${RANK_OF('pa.current_level')} >= ${l}.rank)
      OR EXISTS (SELECT 1 FROM ${LEVEL_ACHIEVEMENT_VIEW} la WHERE la.employee_id = ${e}.id AND la.path_id = ${l}.path_id AND ${RANK_OF('la.level')} >= ${l}.rank))
    ELSE EXISTS (SELECT 1 FROM ${CERTIFICATION_RECORD_VIEW} cr WHERE cr.employee_id = ${e}.id AND cr.certification_id = ${q}.certification_id
      AND ${currentRecordSql('cr')} AND ${recordStatusSql('cr', today)} IN (${HELD_STATUSES.map((s) => `'${s}'`).join(', ')}))
    END)`;
}
