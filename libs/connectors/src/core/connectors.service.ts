import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { badInput, DuplicateNameError, nameTaken, notFound, uniqueIndexViolated, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { ConnectorRepository } from './connector.repository';
import { ConnectorSecrets } from './connector-secrets';
import { ConnectorRegistry } from './registry';
import { Connector } from './entities/connector.entity';
import { hashToken } from './secret-box';
import { CreateConnectorCommand, UpdateConnectorCommand } from './connector-commands';
import { SyncRequest } from './sync-request';
import { SyncRunner } from './sync-runner';

/** What the audit log keeps of a connector: never secrets, never token hashes. */
const audited = (c: Connector) => ({ kind: c.kind, name: c.name, schedule: c.schedule, enabled: c.enabled, settings: c.settings, hasSecrets: !!c.secretsSealed });

export function assertCron(schedule: string): void {
  try {
    CronExpressionParser.parse(schedule);
  } catch (e) {
    throw badInput('schedule', `Not a cron expression: ${(e as Error).message}`);
  }
}

function assertSecrets(secrets: Record<string, unknown>): Record<string, string> {
  for (const [k, v] of Object.entries(secrets)) if (typeof v !== 'string') throw badInput('secrets', `Secret "${k}" must be a string`);
  return secrets as Record<string, string>;
}

/**
 * Settings the engine reads. linkExistingEmployees (default false): a record whose email is an employee's that no
 * connector links is linked to that employee; off, it is refused (SCIM: 409 uniqueness; pulls: a sync error).
 */
function assertSettings(settings: Record<string, unknown>): Record<string, unknown> {
  const link = settings.linkExistingEmployees;
  if (link !== undefined && typeof link !== 'boolean') throw badInput('settings', 'settings.linkExistingEmployees must be true or false');
  return settings;
}

/** Connector configuration use cases (HR only); the first argument is who is asking. */
@Injectable()
export class ConnectorsService {
  constructor(
    private readonly repo: ConnectorRepository,
    private readonly registry: ConnectorRegistry,
    private readonly secrets: ConnectorSecrets,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly runner: SyncRunner,
  ) {}

  async get(_viewer: Viewer, id: string): Promise<Connector> {
    const c = await this.repo.findById(id);
    if (!c) throw notFound('Connector');
    return c;
  }

  async create(viewer: Viewer, input: CreateConnectorCommand): Promise<Connector | DuplicateNameError> {
    if (!this.registry.knows(input.kind)) throw badInput('kind', `Unknown connector kind "${input.kind}"; use one of ${this.registry.kinds().join(', ')}`);
    if (input.schedule) assertCron(input.schedule);
    const taken = await nameTaken('connector', input.name, null, (n) => this.repo.findByName(n));
    if (taken) return taken;
    const values = {
      kind: input.kind, name: input.name, schedule: input.schedule ?? null, enabled: input.enabled ?? true, settings: this.checkedSettings(input.kind, input.settings ?? {}), secretsSealed: null, pushTokenHash: null, cursor: null,
    };
    const first = await this.saveOrNameTaken(values.name, null, () => this.repo.insertInSavepoint(values));
    if (first instanceof DuplicateNameError) return first;
    let saved = first;
    if (input.secrets) {
      saved.secretsSealed = this.secrets.seal(saved.id, assertSecrets(input.secrets));
      saved = await this.repo.save(saved);
    }
    await this.audit.recordChange(viewer, 'createConnector', 'Connector', saved.id, null, audited(saved));
    return saved;
  }

  async update(viewer: Viewer, input: UpdateConnectorCommand): Promise<Connector | DuplicateNameError> {
    const c = await this.get(viewer, input.id);
    const before = audited(c);
    if (input.name !== undefined) {
      const taken = await nameTaken('connector', input.name, c.id, (n) => this.repo.findByName(n));
      if (taken) return taken;
      c.name = input.name;
    }
    if (input.schedule !== undefined) {
      assertCron(input.schedule);
      c.schedule = input.schedule;
    }
    if (input.clearSchedule) c.schedule = null;
    if (input.enabled !== undefined) c.enabled = input.enabled;
    if (input.settings !== undefined) c.settings = this.checkedSettings(c.kind, input.settings);
    if (input.secrets !== undefined) c.secretsSealed = this.secrets.seal(c.id, assertSecrets(input.secrets));
    const saved = await this.saveOrNameTaken(c.name, c.id, () => this.repo.saveInSavepoint(c));
    if (saved instanceof DuplicateNameError) return saved;
    await this.audit.recordChange(viewer, 'updateConnector', 'Connector', saved.id, before, audited(saved));
    return saved;
  }

  /** The settings every connector shares, then those of its kind (e.g. a REST_METRICS url and field map), checked. */
  private checkedSettings(kind: string, settings: Record<string, unknown>): Record<string, unknown> {
    assertSettings(settings);
    this.registry.checkSettings(kind, settings);
    return settings;
  }

  /**
   * Runs `save` (the connector in a savepoint); a concurrent write that took the name first (the unique index on lower(btrim(name)) refuses
   * this one) is the DuplicateNameError the check before would have answered.
   */
  private async saveOrNameTaken(name: string, id: string | null, save: () => Promise<Connector>): Promise<Connector | DuplicateNameError> {
    try {
      return await save();
    } catch (e) {
      if (uniqueIndexViolated(e) !== 'UQ_connector_name_key') throw e;
      return (await nameTaken('connector', name, id, (n) => this.repo.findByName(n))) as DuplicateNameError;
    }
  }

  /** A new bearer token for a pushing system; only its SHA-256 is stored, the token is shown once. */
  async issuePushToken(viewer: Viewer, id: string): Promise<string> {
    const c = await this.get(viewer, id);
    const token = `spc_${randomBytes(32).toString('base64url')}`;
    c.pushTokenHash = hashToken(token);
    await this.repo.save(c);
    await this.audit.recordChange(viewer, 'issueConnectorPushToken', 'Connector', c.id, null, { pushTokenIssued: true });
    return token;
  }

  /**
   * Audits the request in the mutation's transaction, then runs the sync once that transaction has committed
   * (batches commit on their own); the request's run is filled when the run has finished.
   */
  async requestRun(viewer: Viewer, id: string, dryRun: boolean): Promise<SyncRequest> {
    const c = await this.get(viewer, id);
    // Refused before anything is recorded: the audit log then holds the refusal (INVALID), not a run request (OK).
    if (!this.registry.pulls(c.kind)) throw badInput('id', `A ${c.kind} connector receives pushes or uploads; it has nothing to pull`);
    await this.audit.recordChange(viewer, 'runConnectorSync', 'Connector', c.id, null, { dryRun });
    const request: SyncRequest = { connectorId: c.id, run: null };
    await this.tx.whenSettled(async () => {
      request.run = await this.runner.run(c.id, { dryRun });
    });
    return request;
  }
}
