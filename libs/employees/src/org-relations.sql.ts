import { jsonObjectSql, SelectionTree } from '@app/shared';
import type { RelationSql } from './employee-relations';

const ORG_TABLES = {
  department: { table: 'department', fk: 'department_id', typename: 'Department', columns: { id: 'o.id', name: 'o.name', parentId: 'o.parent_id' } },
  jobRole: { table: 'job_role', fk: 'job_role_id', typename: 'JobRole', columns: { id: 'o.id', name: 'o.name', description: 'o.description' } },
  location: { table: 'location', fk: 'location_id', typename: 'Location', columns: { id: 'o.id', name: 'o.name', timeZone: 'o.time_zone' } },
} as const;

export type OrgRelation = keyof typeof ORG_TABLES;
export const ORG_RELATIONS = Object.keys(ORG_TABLES) as OrgRelation[];

/** The employee `e`'s department, job role or location as JSON of the selected fields (null when it has none). */
export function orgRelationJsonSql(relation: OrgRelation, selection: SelectionTree, sql: RelationSql, exact = false): string | null {
  const { table, fk, columns, typename } = ORG_TABLES[relation];
  const object = jsonObjectSql(selection, { columns, typename }, exact);
  return object && sql.one(`SELECT ${object} AS j FROM ${table} o WHERE o.id = e.${fk}`);
}
