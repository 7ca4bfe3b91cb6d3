import { jsonObjectSql, SelectionTree } from '@app/shared';

const PATH_COLUMNS = { id: 'p.id', jobRoleId: 'p.job_role_id', name: 'p.name', description: 'p.description' };
const LEVEL_COLUMNS = { id: 'l.id', pathId: 'l.path_id', level: 'l.level', rank: 'l.rank', summary: 'l.summary', minObservationsPerBehaviour: 'l.min_observations_per_behaviour' };
const BEHAVIOUR_COLUMNS = { id: 'b.id', levelId: 'b.level_id', position: 'b.position', activity: 'b.activity', expectedOutput: 'b.expected_output' };
const RESOURCE_COLUMNS = {
  id: 'x.id', levelId: 'x.level_id', position: 'x.position', title: 'x.title', url: 'x.url', kind: 'x.kind', estimatedMinutes: 'x.estimated_minutes', startHere: 'x.start_here',
};

/** A JSON array of `object` over `from`, in `order` (the order SkillPathRepository reads them in). */
const list = (object: string | null, from: string, order: string) => object && `(SELECT coalesce(json_agg(${object} ORDER BY ${order}), '[]') FROM ${from})`;

function levelsJsonSql(selection: SelectionTree): string | null {
  const behaviours = (sub: SelectionTree) =>
    list(jsonObjectSql(sub, { columns: BEHAVIOUR_COLUMNS, typename: 'PathBehaviour' }, true), 'path_behaviour b WHERE b.level_id = l.id', 'b.position, b.created_at');
  const resources = (sub: SelectionTree) =>
    list(jsonObjectSql(sub, { columns: RESOURCE_COLUMNS, typename: 'LearningResource' }, true), 'learning_resource x WHERE x.level_id = l.id', 'x.start_here DESC, x.position');
  const level = jsonObjectSql(selection, { columns: LEVEL_COLUMNS, nested: { behaviours, resources }, typename: 'PathLevel' }, true);
  return list(level, 'path_level l WHERE l.path_id = p.id', 'l.rank');
}

/**
 * The path `p` with its levels, their behaviours and resources, as the exact JSON of a plain selection
 * (raw-json.ts); null when some selected field only a resolver answers (jobRole).
 */
export function skillPathJsonSql(selection: SelectionTree): string | null {
  return jsonObjectSql(selection, { columns: PATH_COLUMNS, nested: { levels: levelsJsonSql }, typename: 'SkillPath' }, true);
}
