import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { Connector } from '../../core/entities/connector.entity';
import {
  applyGroupPatch, buildListResponse, fromScimGroup, normalizeGroupPatch, parseFilter, parseListParams, ScimError, ScimGroupModel, ScimGroupResource,
  ScimListResponse, toScimGroupResource,
} from '../protocol';
import { ScimAudit, ScimWrite } from './scim-audit';
import { ScimGroupMembership } from './scim-group-membership';
import { DepartmentRow, ScimGroupsRepository } from './scim-groups.repository';

/**
 * SCIM Groups are departments (the SCIM id is the department id); a group's members are the users of this
 * connector in the department. Membership writes go through ScimGroupMembership (the sync engine); every write
 * is one transaction with its audit entry. A department is never deleted: DELETE removes the group's members.
 * `withMembers` false (excludedAttributes=members) skips reading the members at all.
 */
@Injectable()
export class ScimGroupsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repo: ScimGroupsRepository,
    private readonly membership: ScimGroupMembership,
    private readonly audit: ScimAudit,
  ) {}

  async list(connector: Connector, query: Record<string, unknown>, baseUrl: string, withMembers: boolean): Promise<ScimListResponse<ScimGroupResource>> {
    const filterText = typeof query.filter === 'string' ? query.filter.trim() : '';
    const page = parseListParams(query, 100);
    const { rows, total } = await this.repo.list(connector.id, filterText ? parseFilter(filterText) : null, page.offset, page.count);
    const resources = await this.resources(connector, rows, baseUrl, withMembers);
    return buildListResponse(resources, { totalResults: total, startIndex: page.startIndex, count: page.count });
  }

  async get(connector: Connector, id: string, baseUrl: string, withMembers = true): Promise<ScimGroupResource> {
    const row = await this.repo.findById(id);
    if (!row) throw ScimError.notFound(`Group ${id} not found`);
    return (await this.resources(connector, [row], baseUrl, withMembers))[0];
  }

  /** Creates the department with its members; 409 uniqueness when one with this name exists. */
  async create(connector: Connector, body: unknown, baseUrl: string): Promise<ScimGroupResource> {
    const group = fromScimGroup(body);
    return this.tx.run(async () => {
      const row = await this.repo.insert(group.displayName);
      if (!row) throw ScimError.uniqueness(`A group named "${group.displayName}" already exists`);
      await this.membership.apply(connector, row, [], group.members);
      const created = await this.get(connector, row.id, baseUrl);
      await this.audit.record(connector, 'scimCreateGroup', { type: 'Department', id: row.id }, null, created);
      return created;
    });
  }

  /** PUT: the body's displayName and full members list. */
  async replace(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimGroupResource> {
    const group = fromScimGroup(body);
    return this.tx.run(() => this.change(connector, 'scimReplaceGroup', id, () => group, baseUrl));
  }

  async patch(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimGroupResource> {
    const ops = normalizeGroupPatch(body);
    return this.tx.run(() => this.change(connector, 'scimPatchGroup', id, (current) => applyGroupPatch(current, ops), baseUrl));
  }

  /** DELETE: the department stays (it is HR's data, and other people may be in it); its members leave it. */
  async remove(connector: Connector, id: string, baseUrl: string): Promise<void> {
    await this.tx.run(() => this.change(connector, 'scimDeleteGroup', id, (current) => ({ ...current, members: [] }), baseUrl));
  }

  /** Locks the group, applies `next` to it (rename, then membership), and audits before and after. */
  private async change(connector: Connector, action: ScimWrite, id: string, next: (current: ScimGroupModel) => ScimGroupModel, baseUrl: string): Promise<ScimGroupResource> {
    const row = await this.repo.lockById(id);
    if (!row) throw ScimError.notFound(`Group ${id} not found`);
    const [before] = await this.resources(connector, [row], baseUrl, true);
    const current: ScimGroupModel = { displayName: row.name, members: (before.members ?? []).map(({ value, display }) => ({ value, display })) };
    const wanted = next(current);
    let department = row;
    if (wanted.displayName !== row.name) {
      const renamed = await this.repo.rename(row.id, wanted.displayName);
      if (!renamed) throw ScimError.uniqueness(`A group named "${wanted.displayName}" already exists`);
      department = renamed;
    }
    if (await this.membership.apply(connector, department, current.members, wanted.members)) await this.repo.touch(id);
    const after = await this.get(connector, id, baseUrl);
    await this.audit.record(connector, action, { type: 'Department', id }, before, after);
    return after;
  }

  /** The Group resources of these departments, with their members in one statement when asked for. */
  private async resources(connector: Connector, rows: DepartmentRow[], baseUrl: string, withMembers: boolean): Promise<ScimGroupResource[]> {
    const members = withMembers ? await this.repo.members(connector.id, rows.map((r) => r.id)) : [];
    return rows.map((d) =>
      toScimGroupResource(
        d.id,
        { displayName: d.name, members: withMembers ? members.filter((m) => m.department_id === d.id).map((m) => ({ value: m.id, display: m.display })) : null },
        { created: new Date(d.created_at), lastModified: new Date(d.updated_at) },
        baseUrl,
      ),
    );
  }
}
