import { Injectable } from '@nestjs/common';
import { DepartmentWriteRepository } from '@app/employees';
import { TransactionHost } from '@app/persistence';
import { Connector } from '../../core/entities/connector.entity';
import {
  applyGroupPatch, buildListResponse, fromScimGroup, normalizeGroupPatch, parseFilter, parseListParams, ScimError, ScimGroupModel, ScimGroupResource,
  ScimListResponse, ScimMemberRef, toScimGroupResource, withExternalId,
} from '../protocol';
import { ScimAudit, ScimWrite } from './scim-audit';
import { ScimGroupMembership } from './scim-group-membership';
import { DepartmentRow, GroupLink, ScimGroupsRepository } from './scim-groups.repository';

const linkOf = (group: ScimGroupModel): GroupLink => (group.externalId ? { externalId: group.externalId } : {});

/**
 * SCIM Groups are departments (the SCIM id is the department id); a group's members are the users of this
 * connector in the department. Membership writes go through ScimGroupMembership (the sync engine); every write
 * is one transaction with its audit entry. `withMembers` false (excludedAttributes=members) skips reading the
 * members at all.
 *
 * What belongs to the connector and not to the department is in its link (external_ref, entity 'department'):
 * - the group's externalId, set by POST, PUT (a PUT without one clears it) and PATCH; other connectors never see it;
 * - the mark of a DELETE. A department is never deleted (it is HR's data, other people and records reference it):
 *   DELETE makes its members leave it and hides the group from this connector only, which then gets 404 for it
 *   (GET, PUT, PATCH, DELETE) and no longer finds it in lists and filters (RFC 7644 §3.6). Other connectors and HR
 *   still see the department. A POST of the same displayName by this connector brings the group back: 201, the
 *   same id (it is the same department), with the POST's members and externalId.
 * Every department the connector never created nor touched is one of its groups too, without externalId (as
 * every department was before links existed): a client can find and adopt the departments HR already has, and a
 * POST of one of their names is 409 uniqueness.
 *
 * Departments are @app/employees' table: this service creates, renames, touches and locks them through its
 * DepartmentWriteRepository, and keeps only its links itself.
 */
@Injectable()
export class ScimGroupsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repo: ScimGroupsRepository,
    private readonly departments: DepartmentWriteRepository,
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
    const row = await this.repo.findById(connector.id, id);
    if (!row) throw ScimError.notFound(`Group ${id} not found`);
    return (await this.resources(connector, [row], baseUrl, withMembers))[0];
  }

  /**
   * Creates the department with its members, or brings back the one of this name whose group this connector
   * deleted (its members become the POST's); 409 uniqueness when another department has this name.
   */
  async create(connector: Connector, body: unknown, baseUrl: string): Promise<ScimGroupResource> {
    const group = fromScimGroup(body);
    return this.tx.run(async () => {
      const { row, revived } = await this.newOrDeleted(connector, group.displayName);
      const current: ScimMemberRef[] = revived ? (await this.repo.members(connector.id, [row.id])).map((m) => ({ value: m.id })) : [];
      await this.membership.apply(connector, row, current, group.members);
      if (revived || group.externalId) await this.repo.saveLink(connector.id, row.id, linkOf(group));
      const created = await this.get(connector, row.id, baseUrl);
      await this.audit.record(connector, 'scimCreateGroup', { type: 'Department', id: row.id }, null, created);
      return created;
    });
  }

  /** A new department of this name, or the one whose group this connector deleted (locked); 409 for any other. */
  private async newOrDeleted(connector: Connector, name: string): Promise<{ row: { id: string; name: string }; revived: boolean }> {
    const inserted = await this.departments.insertUnlessNamed(name);
    if (inserted) return { row: inserted, revived: false };
    const lockedId = await this.departments.lockByName(name);
    const existing = lockedId ? await this.repo.findForWrite(connector.id, lockedId) : null;
    if (!existing?.deleted) throw ScimError.uniqueness(`A group named "${name}" already exists`);
    return { row: existing, revived: true };
  }

  /** PUT: the body's displayName, externalId and full members list. */
  async replace(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimGroupResource> {
    const group = fromScimGroup(body);
    return this.tx.run(() => this.change(connector, 'scimReplaceGroup', id, () => group, baseUrl));
  }

  async patch(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimGroupResource> {
    const ops = normalizeGroupPatch(body);
    return this.tx.run(() => this.change(connector, 'scimPatchGroup', id, (current) => applyGroupPatch(current, ops), baseUrl));
  }

  /** DELETE: the group's members leave the department, and the group is hidden from this connector. */
  async remove(connector: Connector, id: string, baseUrl: string): Promise<void> {
    await this.tx.run(async () => {
      const { row, before, current } = await this.locked(connector, id, baseUrl);
      if (await this.membership.apply(connector, row, current.members, [])) await this.departments.touch(id);
      await this.repo.saveLink(connector.id, id, { deleted: true });
      await this.audit.record(connector, 'scimDeleteGroup', { type: 'Department', id }, before, null);
    });
  }

  /** Locks the group, applies `next` to it (rename, membership, externalId), and audits before and after. */
  private async change(connector: Connector, action: ScimWrite, id: string, next: (current: ScimGroupModel) => ScimGroupModel, baseUrl: string): Promise<ScimGroupResource> {
    const { row, before, current } = await this.locked(connector, id, baseUrl);
    const wanted = next(current);
    if (wanted.displayName !== row.name && !(await this.departments.rename(row.id, wanted.displayName))) {
      throw ScimError.uniqueness(`A group named "${wanted.displayName}" already exists`);
    }
    // A membership change is a change of the group: meta.lastModified moves.
    if (await this.membership.apply(connector, { id, name: wanted.displayName }, current.members, wanted.members)) await this.departments.touch(id);
    if (wanted.externalId !== current.externalId) await this.repo.saveLink(connector.id, id, linkOf(wanted));
    const after = await this.get(connector, id, baseUrl);
    await this.audit.record(connector, action, { type: 'Department', id }, before, after);
    return after;
  }

  /** The group locked for a write (404 when there is none, or this connector deleted it), as resource and as model. */
  private async locked(connector: Connector, id: string, baseUrl: string): Promise<{ row: DepartmentRow; before: ScimGroupResource; current: ScimGroupModel }> {
    const row = (await this.departments.lockById(id)) ? await this.repo.findForWrite(connector.id, id) : null;
    if (!row || row.deleted) throw ScimError.notFound(`Group ${id} not found`);
    const [before] = await this.resources(connector, [row], baseUrl, true);
    const members = (before.members ?? []).map(({ value, display }) => ({ value, display }));
    return { row, before, current: withExternalId({ displayName: row.name, members }, row.external_id ?? undefined) };
  }

  /** The Group resources of these departments, with their members in one statement when asked for. */
  private async resources(connector: Connector, rows: DepartmentRow[], baseUrl: string, withMembers: boolean): Promise<ScimGroupResource[]> {
    const members = withMembers ? await this.repo.members(connector.id, rows.map((r) => r.id)) : [];
    return rows.map((d) =>
      toScimGroupResource(
        d.id,
        {
          displayName: d.name,
          externalId: d.external_id,
          members: withMembers ? members.filter((m) => m.department_id === d.id).map((m) => ({ value: m.id, display: m.display })) : null,
        },
        { created: new Date(d.created_at), lastModified: new Date(d.updated_at) },
        baseUrl,
      ),
    );
  }
}
