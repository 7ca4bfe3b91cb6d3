import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connector } from '../entities/connector.entity';
import { SyncRun } from '../entities/sync-run.entity';
import { SyncError } from '../entities/sync-error.entity';
import { SyncDiffEntry } from '../../sync/sync-types';
import { SyncRequest } from '../sync-request';
import { BusinessErrorCode, DuplicateNameError, JsonScalar, refusalUnion } from '@app/shared';

@ObjectType('Connector', { description: 'A configured HRIS, identity or performance system. Secrets are never returned.' })
export class ConnectorType {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) schedule: string | null;
  @Field() enabled: boolean;
  @Field(() => JsonScalar) settings: Record<string, unknown>;
  @Field(() => Boolean, { description: 'Whether secrets are stored (their values are never returned).' }) hasSecrets: boolean;
  @Field(() => Boolean, { description: 'Whether a push (SCIM) bearer token is issued.' }) hasPushToken: boolean;
  @Field(() => String, { nullable: true }) cursor: string | null;

  static from(c: Connector): ConnectorType {
    return Object.assign(new ConnectorType(), {
      id: c.id, kind: c.kind, name: c.name, schedule: c.schedule, enabled: c.enabled, settings: c.settings,
      hasSecrets: !!c.secretsSealed, hasPushToken: !!c.pushTokenHash, cursor: c.cursor,
    });
  }
}

@ObjectType('SyncFieldChange')
export class SyncFieldChangeType {
  @Field() field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType('SyncDiffEntry', { description: 'A change a dry run would make.' })
export class SyncDiffEntryType {
  @Field() action: string;
  @Field() externalId: string;
  @Field(() => ID, { nullable: true }) employeeId: string | null;
  @Field(() => [SyncFieldChangeType]) changes: SyncFieldChangeType[];
}

@ObjectType('SyncError', { description: 'A record a sync could not apply, with the record it came from.' })
export class SyncErrorType {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) externalId: string | null;
  @Field(() => Int, { nullable: true }) line: number | null;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field() message: string;
  @Field(() => BusinessErrorCode, { nullable: true, description: 'The rule that refused the record (stable, to branch on); null for a bad value.' })
  code: BusinessErrorCode | null;
  @Field(() => JsonScalar, { nullable: true }) payload: Record<string, unknown> | null;

  static from(e: SyncError): SyncErrorType {
    const code = e.code && (Object.values(BusinessErrorCode) as string[]).includes(e.code) ? (e.code as BusinessErrorCode) : null;
    return Object.assign(new SyncErrorType(), { id: e.id, externalId: e.externalId, line: e.line, field: e.field, message: e.message, code, payload: e.payload });
  }
}

@ObjectType('SyncRun')
export class SyncRunType {
  @Field(() => ID) id: string;
  @Field(() => ID) connectorId: string;
  @Field() status: string;
  @Field() mode: string;
  @Field() dryRun: boolean;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) cursor: string | null;
  @Field(() => String, { nullable: true }) nextCursor: string | null;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) deactivated: number;
  @Field(() => Int) reactivated: number;
  @Field(() => Int) failed: number;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
  @Field(() => [SyncDiffEntryType], { nullable: true, description: 'Dry runs: the changes that would be made (at most 1000).' }) diff: SyncDiffEntry[] | null;

  static from(r: SyncRun): SyncRunType {
    return Object.assign(new SyncRunType(), {
      id: r.id, connectorId: r.connectorId, status: r.status, mode: r.mode, dryRun: r.dryRun, startedAt: r.startedAt, finishedAt: r.finishedAt,
      cursor: r.cursor, nextCursor: r.nextCursor, created: r.created, updated: r.updated, unchanged: r.unchanged, deactivated: r.deactivated,
      reactivated: r.reactivated, failed: r.failed, errorMessage: r.errorMessage, diff: (r.diff as SyncDiffEntry[] | null) ?? null,
    });
  }
}

@ObjectType('RunConnectorSyncPayload', { description: 'The finished run (the sync runs after the request\'s transaction, batch by batch).' })
export class RunConnectorSyncPayload implements SyncRequest {
  @Field(() => ID) connectorId: string;
  /** Filled once the run has finished (after the mutation's transaction committed). */
  run: SyncRun | null = null;
}

@ObjectType('PushToken', { description: 'A bearer token for a pushing system (SCIM). Shown once; only its hash is stored.' })
export class PushTokenType {
  @Field(() => ID) connectorId: string;
  @Field() token: string;
}

export const ConnectorResult = refusalUnion('ConnectorResult', ConnectorType, DuplicateNameError);
