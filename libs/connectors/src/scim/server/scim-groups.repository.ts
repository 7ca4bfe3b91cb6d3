import { Injectable } from '@nestjs/common';
import { DEPARTMENT_VIEW, EMPLOYEE_VIEW } from '@app/employees';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { ColumnMap, filterToSql, ScimFilter } from '../protocol';
import { isUuid } from './scim-users.repository';

export interface DepartmentRow {
  id: string;
  name: string;
  /** The group's externalId, as this connector set it. */
  external_id: string | null;
  created_at: Date;
  /** The later of the department's and of this connector's link's changes. */
  updated_at: Date;
}

/** A department read for a write (after its lock), and whether this connector deleted its group. */
export interface LockedDepartmentRow extends DepartmentRow {
  deleted: boolean;
}

/** The payload of a connector's link to a department: the group's externalId, and the mark of a DELETE. */
export interface GroupLink {
  externalId?: string;
  deleted?: true;
}

export interface MemberRow {
  department_id: string;
  id: string;
  display: string;
}

/** The users of connector $1 in department `d` (not those it DELETEd): a group's members. */
const MEMBERS_OF_D = `FROM external_ref gr JOIN ${EMPLOYEE_VIEW} gm ON gm.id = gr.internal_id
  WHERE gr.connector_id = $1 AND gr.entity = 'employee' AND gr.payload->>'scimDeleted' IS NULL AND gm.department_id = d.id`;

/**
 * The link of connector $1 to department `d`, if it has one: the external_ref row of entity 'department' keyed by
 * the department id (external_id = internal_id as text), so the unique key allows one per connector and department.
 */
const LINK_OF_D = `LEFT JOIN external_ref g ON g.connector_id = $1 AND g.entity = 'department' AND g.external_id = d.id::text`;
/** Not deleted by connector $1 (no link, or a link without the mark). */
const VISIBLE = `g.payload->>'deleted' IS NULL`;
const LAST_MODIFIED = 'greatest(d.updated_at, g.updated_at)';

/** Filterable Group attributes → columns of department `d` and its link `g` ($1 is the connector). */
const GROUP_COLUMNS: ColumnMap = {
  id: 'd.id::text',
  externalid: "g.payload->>'externalId'",
  displayname: 'd.name',
  'meta.created': 'd.created_at',
  'meta.lastmodified': LAST_MODIFIED,
  'members.value': { sql: 'gm.id::text', caseExact: true, exists: MEMBERS_OF_D },
  'members.display': { sql: "gm.first_name || ' ' || gm.last_name", exists: MEMBERS_OF_D },
};

const COLUMNS = `d.id, d.name, g.payload->>'externalId' AS external_id, d.created_at, ${LAST_MODIFIED} AS updated_at`;

/**
 * Every query of the SCIM Groups endpoints. A group is a department (same id); its members are the users of the
 * connector whose employee is in that department. What is the connector's own (externalId, the mark of a DELETE)
 * is in its link (LINK_OF_D); reads leave out the departments whose group it deleted. Departments and employees
 * are read through the views @app/employees publishes, and written through its DepartmentWriteRepository.
 */
@Injectable()
export class ScimGroupsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** One page of groups matching the filter (ordered by name), and the total count; two statements. */
  @GenerateSql({ name: 'no filter', params: [SqlExample.ID, null, 0, 100] }, { name: 'displayName eq', params: [SqlExample.ID, { kind: 'compare', path: { attr: 'displayName' }, op: 'eq', value: 'Engineering' }, 0, 100] })
  async list(connectorId: string, filter: ScimFilter | null, offset: number, count: number): Promise<{ rows: DepartmentRow[]; total: number }> {
    const params: unknown[] = [connectorId];
    const where = filter ? filterToSql(filter, GROUP_COLUMNS, params) : 'TRUE';
    const from = `FROM ${DEPARTMENT_VIEW} d ${LINK_OF_D} WHERE ${VISIBLE} AND ${where}`;
    const [{ total }] = await this.tx.query<{ total: string }>(`SELECT count(*) AS total ${from}`, params);
    if (count === 0) return { rows: [], total: Number(total) };
    const rows = await this.tx.query<DepartmentRow>(
      `SELECT ${COLUMNS} ${from} ORDER BY d.name, d.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, count],
    );
    return { rows, total: Number(total) };
  }

  /** The group, unless this connector deleted it. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  async findById(connectorId: string, id: string): Promise<DepartmentRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.tx.query<DepartmentRow>(`SELECT ${COLUMNS} FROM ${DEPARTMENT_VIEW} d ${LINK_OF_D} WHERE d.id = $2 AND ${VISIBLE}`, [connectorId, id]);
    return row ?? null;
  }

  /**
   * The department with this connector's link, deleted or not: read after DepartmentWriteRepository locked the
   * department, so the link is the latest one.
   */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  async findForWrite(connectorId: string, id: string): Promise<LockedDepartmentRow | null> {
    const [row] = await this.tx.query<LockedDepartmentRow>(
      `SELECT ${COLUMNS}, g.payload->>'deleted' IS NOT NULL AS deleted FROM ${DEPARTMENT_VIEW} d ${LINK_OF_D} WHERE d.id = $2`,
      [connectorId, id],
    );
    return row ?? null;
  }

  /** Sets this connector's link to the department (under the department's lock): its whole payload. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2, { externalId: 'group-1' }] })
  async saveLink(connectorId: string, departmentId: string, link: GroupLink): Promise<void> {
    await this.tx.query(
      `INSERT INTO external_ref (connector_id, entity, external_id, internal_id, payload) VALUES ($1, 'department', $2::uuid::text, $2::uuid, $3::jsonb)
       ON CONFLICT (connector_id, entity, external_id) DO UPDATE SET payload = EXCLUDED.payload, updated_at = now()`,
      [connectorId, departmentId, JSON.stringify(link)],
    );
  }

  /** The members (users of this connector) of these departments, one statement. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.IDS] })
  async members(connectorId: string, departmentIds: readonly string[]): Promise<MemberRow[]> {
    if (!departmentIds.length) return [];
    return this.tx.query<MemberRow>(
      `SELECT e.department_id, e.id, e.first_name || ' ' || e.last_name AS display FROM external_ref r JOIN ${EMPLOYEE_VIEW} e ON e.id = r.internal_id
       WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.payload->>'scimDeleted' IS NULL AND e.department_id = ANY($2::uuid[]) ORDER BY e.last_name, e.first_name, e.id`,
      [connectorId, departmentIds],
    );
  }
}
