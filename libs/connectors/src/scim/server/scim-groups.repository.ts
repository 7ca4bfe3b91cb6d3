import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { ColumnMap, filterToSql, ScimFilter } from '../protocol';
import { isUuid } from './scim-users.repository';

export interface DepartmentRow {
  id: string;
  name: string;
  created_at: Date;
  updated_at: Date;
}

export interface MemberRow {
  department_id: string;
  id: string;
  display: string;
}

/** The users of connector $1 in department `d`: a group's members. */
const MEMBERS_OF_D = `FROM external_ref gr JOIN employee gm ON gm.id = gr.internal_id
  WHERE gr.connector_id = $1 AND gr.entity = 'employee' AND gm.department_id = d.id`;

/** Filterable Group attributes → columns of department `d` ($1 is the connector). */
const GROUP_COLUMNS: ColumnMap = {
  id: 'd.id::text',
  displayname: 'd.name',
  'meta.created': 'd.created_at',
  'meta.lastmodified': 'd.updated_at',
  'members.value': { sql: 'gm.id::text', caseExact: true, exists: MEMBERS_OF_D },
  'members.display': { sql: "gm.first_name || ' ' || gm.last_name", exists: MEMBERS_OF_D },
};

const COLUMNS = 'd.id, d.name, d.created_at, d.updated_at';
const PG_UNIQUE_VIOLATION = '23505';

/**
 * Every query of the SCIM Groups endpoints. A group is a department (same id); its members are the users of the
 * connector whose employee is in that department.
 */
@Injectable()
export class ScimGroupsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** One page of groups matching the filter (ordered by name), and the total count; two statements. */
  async list(connectorId: string, filter: ScimFilter | null, offset: number, count: number): Promise<{ rows: DepartmentRow[]; total: number }> {
    const params: unknown[] = [connectorId];
    const where = filter ? filterToSql(filter, GROUP_COLUMNS, params) : 'TRUE';
    const [{ total }] = await this.tx.query<{ total: string }>(`SELECT count(*) AS total FROM department d WHERE $1::uuid IS NOT NULL AND ${where}`, params);
    if (count === 0) return { rows: [], total: Number(total) };
    const rows = await this.tx.query<DepartmentRow>(
      `SELECT ${COLUMNS} FROM department d WHERE $1::uuid IS NOT NULL AND ${where} ORDER BY d.name, d.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, count],
    );
    return { rows, total: Number(total) };
  }

  async findById(id: string): Promise<DepartmentRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.tx.query<DepartmentRow>(`SELECT ${COLUMNS} FROM department d WHERE d.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * The group, locked for a write: writes to one group apply one after the other. NO KEY UPDATE, so employees can
   * still be moved into the department meanwhile (their foreign key check takes KEY SHARE).
   */
  async lockById(id: string): Promise<DepartmentRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.tx.query<DepartmentRow>(`SELECT ${COLUMNS} FROM department d WHERE d.id = $1 FOR NO KEY UPDATE`, [id]);
    return row ?? null;
  }

  /** A new department, or null when one with this name exists. */
  async insert(name: string): Promise<DepartmentRow | null> {
    const [row] = await this.tx.query<DepartmentRow>(
      `INSERT INTO department AS d (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING ${COLUMNS}`,
      [name],
    );
    return row ?? null;
  }

  /** Renames the department; null when another one has this name. */
  async rename(id: string, name: string): Promise<DepartmentRow | null> {
    try {
      await this.tx.query(`UPDATE department SET name = $2, updated_at = now() WHERE id = $1`, [id, name]);
      return await this.findById(id);
    } catch (e) {
      const code = (e as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
      if (code === PG_UNIQUE_VIOLATION) return null;
      throw e;
    }
  }

  /** A membership change is a change of the group: meta.lastModified moves. */
  async touch(id: string): Promise<void> {
    await this.tx.query(`UPDATE department SET updated_at = now() WHERE id = $1`, [id]);
  }

  /** The members (users of this connector) of these departments, one statement. */
  async members(connectorId: string, departmentIds: readonly string[]): Promise<MemberRow[]> {
    if (!departmentIds.length) return [];
    return this.tx.query<MemberRow>(
      `SELECT e.department_id, e.id, e.first_name || ' ' || e.last_name AS display FROM external_ref r JOIN employee e ON e.id = r.internal_id
       WHERE r.connector_id = $1 AND r.entity = 'employee' AND e.department_id = ANY($2::uuid[]) ORDER BY e.last_name, e.first_name, e.id`,
      [connectorId, departmentIds],
    );
  }
}
