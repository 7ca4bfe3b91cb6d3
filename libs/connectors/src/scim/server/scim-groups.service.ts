import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { Connector } from '../../core/entities/connector.entity';
import { buildListResponse, ColumnMap, filterToSql, parseFilter, parseListParams, SCIM_GROUP_SCHEMA, ScimError, ScimListResponse } from '../protocol';
import { isUuid } from './scim-users.repository';

export interface ScimGroupResource {
  schemas: string[];
  id: string;
  displayName: string;
  members: Array<{ value: string; $ref: string; display: string }>;
  meta: { resourceType: 'Group'; created: string; lastModified: string; location: string };
}

interface DepartmentRow {
  id: string;
  name: string;
  created_at: Date;
  updated_at: Date;
}

const GROUP_COLUMNS: ColumnMap = { id: 'd.id::text', displayname: 'd.name', 'meta.created': 'd.created_at', 'meta.lastmodified': 'd.updated_at' };

/**
 * SCIM Groups are departments (the SCIM id is the department id). Members are the users of this connector in
 * the department, read-only: a user's department is set through the user's enterprise `department`.
 */
@Injectable()
export class ScimGroupsService {
  constructor(private readonly tx: TransactionHost) {}

  async list(connector: Connector, query: Record<string, unknown>, baseUrl: string): Promise<ScimListResponse<ScimGroupResource>> {
    const filterText = typeof query.filter === 'string' ? query.filter.trim() : '';
    const params: unknown[] = [];
    const where = filterText ? filterToSql(parseFilter(filterText), GROUP_COLUMNS, params) : 'TRUE';
    const page = parseListParams(query, 100);
    const [{ total }] = await this.tx.query<{ total: string }>(`SELECT count(*) AS total FROM department d WHERE ${where}`, params);
    const rows = page.count === 0 ? [] : await this.tx.query<DepartmentRow>(
      `SELECT d.id, d.name, d.created_at, d.updated_at FROM department d WHERE ${where} ORDER BY d.name, d.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, page.offset, page.count],
    );
    const resources = await this.withMembers(connector, rows, baseUrl);
    return buildListResponse(resources, { totalResults: Number(total), startIndex: page.startIndex, count: page.count });
  }

  async get(connector: Connector, id: string, baseUrl: string): Promise<ScimGroupResource> {
    const rows = isUuid(id) ? await this.tx.query<DepartmentRow>(`SELECT id, name, created_at, updated_at FROM department WHERE id = $1`, [id]) : [];
    if (!rows.length) throw ScimError.notFound(`Group ${id} not found`);
    return (await this.withMembers(connector, rows, baseUrl))[0];
  }

  /** Creates the department; 409 uniqueness when one with this name exists. */
  async create(connector: Connector, body: unknown, baseUrl: string): Promise<ScimGroupResource> {
    const raw = typeof body === 'object' && body !== null ? Object.entries(body).find(([k]) => k.toLowerCase() === 'displayname')?.[1] : undefined;
    const name = typeof raw === 'string' ? raw.trim() : '';
    if (!name) throw ScimError.invalidValue("The required attribute 'displayName' is missing or empty");
    return this.tx.run(async () => {
      const [row] = await this.tx.query<DepartmentRow>(
        `INSERT INTO department (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id, name, created_at, updated_at`,
        [name],
      );
      if (!row) throw ScimError.uniqueness(`A group named "${name}" already exists`);
      return (await this.withMembers(connector, [row], baseUrl))[0];
    });
  }

  /** One statement for the members of all the page's departments. */
  private async withMembers(connector: Connector, rows: DepartmentRow[], baseUrl: string): Promise<ScimGroupResource[]> {
    const members = rows.length
      ? await this.tx.query<{ department_id: string; id: string; display: string }>(
          `SELECT e.department_id, e.id, e.first_name || ' ' || e.last_name AS display FROM external_ref r JOIN employee e ON e.id = r.internal_id
           WHERE r.connector_id = $1 AND r.entity = 'employee' AND e.department_id = ANY($2::uuid[]) ORDER BY e.last_name, e.first_name`,
          [connector.id, rows.map((r) => r.id)],
        )
      : [];
    return rows.map((d) => ({
      schemas: [SCIM_GROUP_SCHEMA],
      id: d.id,
      displayName: d.name,
      members: members.filter((m) => m.department_id === d.id).map((m) => ({ value: m.id, $ref: `${baseUrl}/Users/${m.id}`, display: m.display })),
      meta: { resourceType: 'Group', created: new Date(d.created_at).toISOString(), lastModified: new Date(d.updated_at).toISOString(), location: `${baseUrl}/Groups/${d.id}` },
    }));
  }
}
