import { Injectable } from '@nestjs/common';
import { BusinessErrorCode } from '@app/shared';
import { Connector } from '../../core/entities/connector.entity';
import { HrisPull, SourceEmployee } from '../../core/ports';
import { ownedFields } from '../../core/sync-runner';
import { EmployeeSync } from '../../sync/employee-sync';
import { ScimUserModel } from '../protocol';
import { HeldPerson, SCIM_FIELDS, toSourceEmployee } from './scim-user-mapping';
import { ScimPushRuns } from './scim-push-runs';
import { scimRefusal } from './scim-refusals';
import { ScimUsersRepository } from './scim-users.repository';

/** One user as a SCIM write leaves it. */
export interface UserPush {
  /** external_ref.external_id of the user (a new random key for a new user). */
  readonly refKey: string;
  readonly model: ScimUserModel;
  /** The user's id when it exists already (nobody can be their own manager). */
  readonly selfId: string | null;
  /** The person's names and email as Skillpath holds them (an existing user): kept when the model has none. */
  readonly held: HeldPerson | null;
  /** The model's department came from a Group membership. */
  readonly departmentViaGroup: boolean;
}

async function* single(records: SourceEmployee[]): AsyncGenerator<SourceEmployee[]> {
  yield records;
}

/**
 * The one way SCIM writes reach employees: users (one from a Users write, all the members a Group write
 * touches) merged as one batch through the set-based sync engine, in the caller's transaction. So a push has
 * the guarantees of any sync: external refs, fields HR owns never overwritten, HR edits kept, events published.
 */
@Injectable()
export class ScimUserPush {
  constructor(
    private readonly repo: ScimUsersRepository,
    private readonly sync: EmployeeSync,
    private readonly runs: ScimPushRuns,
  ) {}

  /** Returns the employee ids of the users, in order. Any refused record refuses the whole write (ScimError). */
  async apply(connector: Connector, pushes: readonly UserPush[]): Promise<string[]> {
    if (pushes.length === 0) return [];
    const managerKeys = await this.managerKeys(connector, pushes);
    const pull: HrisPull = { fields: SCIM_FIELDS, batches: single(pushes.map((p, i) => toSourceEmployee(p.model, p.refKey, managerKeys[i], p.held))) };
    const refKeys = pushes.map((p) => p.refKey);
    const result = await this.sync.apply(pull, { connectorId: connector.id, runId: null, full: false, dryRun: false, owned: ownedFields(connector), linksOf: refKeys });
    if (result.counts.failed > 0 || result.linkErrors > 0) await this.refuse(connector, pushes);
    const ids = await this.repo.idsOfRefKeys(connector.id, refKeys);
    if (ids.size !== new Set(refKeys).size) throw new Error('SCIM push merged fewer employees than it pushed');
    await this.repo.storeScimModels(connector.id, pushes);
    return refKeys.map((k) => ids.get(k) as string);
  }

  /**
   * The engine refused a record: the SCIM error of the first of its refusals (scimRefusal, by code), and a FAILED PUSH
   * run with them all for HR (recorded once this transaction has rolled back), worded as the client sent them.
   */
  private async refuse(connector: Connector, pushes: readonly UserPush[]): Promise<never> {
    const byKey = new Map(pushes.map((p) => [p.refKey, p]));
    const refusals = (await this.repo.pushErrors(connector.id, [...byKey.keys()])).map((e) => {
      const push = byKey.get(e.external_id ?? '');
      const context = { manager: push?.model.enterprise?.manager?.value ?? null, user: push ? `user ${push.selfId ?? push.model.userName}` : null, message: e.message };
      const error = scimRefusal(e.code, context);
      return { row: { ...e, message: error.detail }, error };
    });
    const error = refusals[0]?.error ?? scimRefusal(null);
    await this.runs.recordWhenSettled(connector, error.detail, refusals.map((r) => r.row));
    throw error;
  }

  /**
   * The external key of each push's manager (null without one); an unknown manager is refused (UNKNOWN_MANAGER). A
   * user naming themselves is a cycle, which the employees lib's one rule refuses when the link is made.
   */
  private async managerKeys(connector: Connector, pushes: readonly UserPush[]): Promise<Array<string | null>> {
    const managerIds = pushes.map((p) => p.model.enterprise?.manager?.value?.trim().toLowerCase() || null);
    const keys = await this.repo.refKeysOf(connector.id, managerIds.filter((id): id is string => id !== null));
    return managerIds.map((id) => {
      if (!id) return null;
      const key = keys.get(id);
      if (!key) throw scimRefusal(BusinessErrorCode.UNKNOWN_MANAGER, { manager: id });
      return key;
    });
  }
}
