import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { isUniqueViolation } from '@app/shared';
import { Connector } from '../../core/entities/connector.entity';
import {
  applyPatch, buildListResponse, fromScimResource, normalizePatch, parseFilter, parseListParams, ScimError, ScimListResponse, ScimUserModel, ScimUserResource,
} from '../protocol';
import { ScimAudit, ScimWrite } from './scim-audit';
import { currentModel, departmentStillViaGroup, HeldPerson, keepGroupDepartment, toResource, workEmail } from './scim-user-mapping';
import { ScimUserPush } from './scim-user-push';
import { ScimUserRow, ScimUsersRepository } from './scim-users.repository';


/**
 * SCIM Users of one connector. Every write is one transaction: its checks, a push through the sync engine
 * (ScimUserPush) and its audit entry. Deactivation sets status TERMINATED; nothing is ever deleted.
 *
 * Who a client may take over: a POST creates a new employee, or brings back a user this client DELETEd, or links
 * an employee with the same email only when the engine may (no connector links them, and HR turned the connector's
 * linkExistingEmployees on); otherwise 409 uniqueness. A DELETE deactivates the employee and hides the user from
 * this client (404, left out of lists and filters, RFC 7644 §3.6); the person stays in Skillpath, TERMINATED. A
 * later POST of the same userName or email by this client brings the same employee back (201, the same id), with
 * the POST's attributes: an IdP re-assigning someone gets their history back.
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
    return this.transaction(async () => {
      await this.checkUnique(connector, model, null);
      const deleted = await this.repo.findDeletedForUpdate(connector.id, model.userName, workEmail(model));
      const push = deleted
        ? { refKey: deleted.ref_key, model, selfId: deleted.id, held: deleted, departmentViaGroup: false }
        : { refKey: randomUUID(), model, selfId: null, held: await this.heldByEmail(model), departmentViaGroup: false };
      const [id] = await this.pushes.apply(connector, [push]);
      const user = await this.get(connector, id, baseUrl);
      await this.audit.record(connector, 'scimCreateUser', { type: 'Employee', id }, null, user);
      return user;
    });
  }

  /** PUT: the body replaces the user; what Skillpath needs and the body leaves out (names, email, active) is kept. */
  async replace(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimUserResource> {
    fromScimResource(body);
    return this.transaction(async () => {
      const row = await this.locked(connector, id);
      return this.write(connector, 'scimReplaceUser', row, keepGroupDepartment(row, fromScimResource(body, row.active)), baseUrl);
    });
  }

  async patch(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimUserResource> {
    const ops = normalizePatch(body);
    return this.transaction(async () => {
      const row = await this.locked(connector, id);
      return this.write(connector, 'scimPatchUser', row, applyPatch(currentModel(row), ops), baseUrl);
    });
  }

  /** DELETE deactivates (status TERMINATED through the engine; the employee and its history stay) and hides the user from this client. */
  async deactivate(connector: Connector, id: string, baseUrl: string): Promise<void> {
    await this.transaction(async () => {
      const row = await this.locked(connector, id);
      await this.write(connector, 'scimDeactivateUser', row, { ...currentModel(row), active: false }, baseUrl);
      await this.repo.markDeleted(connector.id, row.ref_key);
    });
  }

  /**
   * One write transaction. A unique index that refuses it (a concurrent write took the email or employee number
   * first) is 409 uniqueness, as the checks before would have answered, never a 500.
   */
  private async transaction<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(fn);
    } catch (e) {
      if (isUniqueViolation(e)) throw ScimError.uniqueness('Another user or employee already has this email or employee number');
      throw e;
    }
  }

  private async locked(connector: Connector, id: string): Promise<ScimUserRow> {
    const [row] = await this.repo.findForUpdate(connector.id, [id]);
    if (!row) throw ScimError.notFound(`User ${id} not found`);
    return row;
  }

  /** The employee a new user's email already belongs to (the engine decides whether it may be linked): its names are kept. */
  private async heldByEmail(model: ScimUserModel): Promise<HeldPerson | null> {
    const email = workEmail(model);
    return email ? this.repo.employeeByEmail(email) : null;
  }

  /** Pushes the user's new model and audits the change, in the caller's transaction. */
  private async write(connector: Connector, action: ScimWrite, row: ScimUserRow, model: ScimUserModel, baseUrl: string): Promise<ScimUserResource> {
    await this.checkUnique(connector, model, row.id);
    await this.pushes.apply(connector, [{ refKey: row.ref_key, model, selfId: row.id, held: row, departmentViaGroup: departmentStillViaGroup(row, model) }]);
    const user = await this.get(connector, row.id, baseUrl);
    await this.audit.record(connector, action, { type: 'Employee', id: row.id }, toResource(row, baseUrl), user);
    return user;
  }

  /** Waits for concurrent writes claiming the same userName or email, then refuses one another user of this client has. */
  private async checkUnique(connector: Connector, model: ScimUserModel, selfId: string | null): Promise<void> {
    await this.repo.lockNames(connector.id, model.userName, workEmail(model));
    const clash = await this.repo.conflicting(connector.id, model.userName, workEmail(model), selfId);
    if (clash) throw ScimError.uniqueness(`Another user already has this ${clash}`);
  }
}
