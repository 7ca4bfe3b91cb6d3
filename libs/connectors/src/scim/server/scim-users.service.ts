import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { Connector } from '../../core/entities/connector.entity';
import {
  applyPatch, buildListResponse, fromScimResource, normalizePatch, parseFilter, parseListParams, ScimError, ScimListResponse, ScimUserModel, ScimUserResource,
} from '../protocol';
import { ScimAudit, ScimWrite } from './scim-audit';
import { currentModel, departmentStillViaGroup, keepGroupDepartment, toResource, workEmail } from './scim-user-mapping';
import { ScimUserPush } from './scim-user-push';
import { ScimUserRow, ScimUsersRepository } from './scim-users.repository';

/**
 * SCIM Users of one connector. Every write is one transaction: its checks, a push through the sync engine
 * (ScimUserPush) and its audit entry. Deactivation sets status TERMINATED; nothing is ever deleted.
 */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repo: ScimUsersRepository,
    private readonly pushes: ScimUserPush,
    private readonly audit: ScimAudit,
  ) {}

  async get(connector: Connector, id: string, baseUrl: string): Promise<ScimUserResource> {
    const row = await this.repo.findById(connector.id, id);
    if (!row) throw ScimError.notFound(`User ${id} not found`);
    return toResource(row, baseUrl);
  }

  async list(connector: Connector, query: Record<string, unknown>, baseUrl: string): Promise<ScimListResponse<ScimUserResource>> {
    const filterText = typeof query.filter === 'string' ? query.filter.trim() : '';
    const filter = filterText ? parseFilter(filterText) : null;
    const page = parseListParams(query, 100);
    const { rows, total } = await this.repo.list(connector.id, filter, page.offset, page.count);
    return buildListResponse(rows.map((r) => toResource(r, baseUrl)), { totalResults: total, startIndex: page.startIndex, count: page.count });
  }

  async create(connector: Connector, body: unknown, baseUrl: string): Promise<ScimUserResource> {
    const model = fromScimResource(body);
    return this.tx.run(async () => {
      await this.checkUnique(connector, model, null);
      const [id] = await this.pushes.apply(connector, [{ refKey: randomUUID(), model, selfId: null, departmentViaGroup: false }]);
      const user = await this.get(connector, id, baseUrl);
      await this.audit.record(connector, 'scimCreateUser', { type: 'Employee', id }, null, user);
      return user;
    });
  }

  async replace(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimUserResource> {
    const model = fromScimResource(body);
    return this.tx.run(async () => {
      const row = await this.locked(connector, id);
      return this.write(connector, 'scimReplaceUser', row, keepGroupDepartment(row, model), baseUrl);
    });
  }

  async patch(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimUserResource> {
    const ops = normalizePatch(body);
    return this.tx.run(async () => {
      const row = await this.locked(connector, id);
      return this.write(connector, 'scimPatchUser', row, applyPatch(currentModel(row), ops), baseUrl);
    });
  }

  /** DELETE deactivates: status TERMINATED through the engine, the employee and its history stay. */
  async deactivate(connector: Connector, id: string, baseUrl: string): Promise<void> {
    await this.tx.run(async () => {
      const row = await this.locked(connector, id);
      await this.write(connector, 'scimDeactivateUser', row, { ...currentModel(row), active: false }, baseUrl);
    });
  }

  private async locked(connector: Connector, id: string): Promise<ScimUserRow> {
    const [row] = await this.repo.findForUpdate(connector.id, [id]);
    if (!row) throw ScimError.notFound(`User ${id} not found`);
    return row;
  }

  /** Pushes the user's new model and audits the change, in the caller's transaction. */
  private async write(connector: Connector, action: ScimWrite, row: ScimUserRow, model: ScimUserModel, baseUrl: string): Promise<ScimUserResource> {
    await this.checkUnique(connector, model, row.id);
    await this.pushes.apply(connector, [{ refKey: row.ref_key, model, selfId: row.id, departmentViaGroup: departmentStillViaGroup(row, model) }]);
    const user = await this.get(connector, row.id, baseUrl);
    await this.audit.record(connector, action, { type: 'Employee', id: row.id }, toResource(row, baseUrl), user);
    return user;
  }

  private async checkUnique(connector: Connector, model: ScimUserModel, selfId: string | null): Promise<void> {
    const clash = await this.repo.conflicting(connector.id, model.userName, workEmail(model), selfId);
    if (clash) throw ScimError.uniqueness(`Another user already has this ${clash}`);
  }
}
