import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { Connector } from '../../core/entities/connector.entity';
import { HrisPull, SourceEmployee } from '../../core/ports';
import { ownedFields } from '../../core/sync-runner';
import { EmployeeSync } from '../../sync/employee-sync';
import {
  buildListResponse, fromScimResource, normalizePatch, applyPatch, parseFilter, parseListParams, ScimError, ScimListResponse, ScimUserModel, ScimUserResource,
} from '../protocol';
import { currentModel, SCIM_FIELDS, toResource, toSourceEmployee, workEmail } from './scim-user-mapping';
import { ScimUserRow, ScimUsersRepository } from './scim-users.repository';

async function* single(record: SourceEmployee): AsyncGenerator<SourceEmployee[]> {
  yield [record];
}

/**
 * SCIM Users of one connector. Every write is a batch of one through the sync engine (EmployeeSync), in one
 * transaction with its checks, so a push has the guarantees of any sync: external refs, owned fields, events.
 * Deactivation sets status TERMINATED; nothing is ever deleted.
 */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repo: ScimUsersRepository,
    private readonly sync: EmployeeSync,
  ) {}

  async get(connector: Connector, id: string, baseUrl: string): Promise<ScimUserResource> {
    return toResource(await this.row(connector, id), baseUrl);
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
    return this.tx.run(async () => this.get(connector, await this.push(connector, randomUUID(), model, null), baseUrl));
  }

  async replace(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimUserResource> {
    const model = fromScimResource(body);
    return this.tx.run(async () => {
      const row = await this.row(connector, id);
      await this.push(connector, row.ref_key, model, row.id);
      return this.get(connector, id, baseUrl);
    });
  }

  async patch(connector: Connector, id: string, body: unknown, baseUrl: string): Promise<ScimUserResource> {
    const ops = normalizePatch(body);
    return this.tx.run(async () => {
      const row = await this.row(connector, id);
      await this.push(connector, row.ref_key, applyPatch(currentModel(row), ops), row.id);
      return this.get(connector, id, baseUrl);
    });
  }

  /** DELETE deactivates: status TERMINATED through the engine, the employee and its history stay. */
  async deactivate(connector: Connector, id: string): Promise<void> {
    await this.tx.run(async () => {
      const row = await this.row(connector, id);
      await this.push(connector, row.ref_key, { ...currentModel(row), active: false }, row.id);
    });
  }

  private async row(connector: Connector, id: string): Promise<ScimUserRow> {
    const row = await this.repo.findById(connector.id, id);
    if (!row) throw ScimError.notFound(`User ${id} not found`);
    return row;
  }

  /** Checks, then merges the user as a batch of one; returns the employee id. Runs inside the caller's transaction. */
  private async push(connector: Connector, refKey: string, model: ScimUserModel, selfId: string | null): Promise<string> {
    const clash = await this.repo.conflicting(connector.id, model.userName, workEmail(model), selfId);
    if (clash) throw ScimError.uniqueness(`Another user already has this ${clash}`);
    const managerId = model.enterprise?.manager?.value?.trim() || null;
    let managerKey: string | null = null;
    if (managerId) {
      if (managerId === selfId) throw ScimError.invalidValue('A user cannot be their own manager');
      managerKey = await this.repo.refKeyOf(connector.id, managerId);
      if (!managerKey) throw ScimError.invalidValue(`The manager ${managerId} is not a user of this SCIM client`);
    }
    const pull: HrisPull = { fields: SCIM_FIELDS, batches: single(toSourceEmployee(model, refKey, managerKey)) };
    const result = await this.sync.apply(pull, { connectorId: connector.id, runId: null, full: false, dryRun: false, owned: ownedFields(connector) });
    if (result.counts.failed > 0) {
      const error = await this.repo.lastPushError(connector.id, refKey);
      const message = error?.message ?? 'The user could not be applied';
      throw /already uses/i.test(message) ? ScimError.uniqueness(message) : ScimError.invalidValue(message);
    }
    const id = await this.repo.idOfRefKey(connector.id, refKey);
    if (!id) throw new Error('SCIM push merged no employee');
    await this.repo.storeScimModel(connector.id, refKey, model);
    return id;
  }
}
