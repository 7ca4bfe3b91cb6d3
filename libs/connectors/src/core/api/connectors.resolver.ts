import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DuplicateNameError, Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { ConnectorsService } from '../connectors.service';
import { ConnectorRepository } from '../connector.repository';
import { ConnectorResult, ConnectorType, PushTokenType, RunConnectorSyncPayload, SyncErrorType, SyncRunType } from './connector.types';
import { CreateConnectorInput, UpdateConnectorInput } from './connector.inputs';
import { Connector } from '../entities/connector.entity';
import { SyncRequest } from '../sync-request';

const mapResult = (r: Connector | DuplicateNameError): typeof ConnectorResult => (r instanceof DuplicateNameError ? r : ConnectorType.from(r));

@Resolver(() => ConnectorType)
export class ConnectorsResolver {
  constructor(
    private readonly service: ConnectorsService,
    private readonly repo: ConnectorRepository,
  ) {}

  @Allow('HR_ADMIN')
  @Query(() => [ConnectorType], { description: 'Configured connectors (HR).' })
  async connectors(): Promise<ConnectorType[]> {
    return (await this.repo.list()).map(ConnectorType.from);
  }

  @Allow('HR_ADMIN')
  @Query(() => ConnectorType)
  async connector(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ConnectorType> {
    return ConnectorType.from(await this.service.get(viewer, id));
  }

  @Allow('HR_ADMIN')
  @Query(() => [SyncRunType], { description: 'Latest runs of a connector, newest first.' })
  async syncRuns(@CurrentViewer() viewer: Viewer, @Args('connectorId', { type: () => ID }) connectorId: string, @Args('first', { type: () => Int, nullable: true }) first?: number): Promise<SyncRunType[]> {
    await this.service.get(viewer, connectorId);
    return (await this.repo.runs([connectorId], Math.min(Math.max(first ?? 20, 1), 200))).map(SyncRunType.from);
  }

  @Allow('HR_ADMIN')
  @Query(() => [SyncErrorType], { description: 'Errors of one run, by line.' })
  async syncErrors(@Args('runId', { type: () => ID }) runId: string, @Args('first', { type: () => Int, nullable: true }) first?: number): Promise<SyncErrorType[]> {
    return (await this.repo.errors(runId, Math.min(Math.max(first ?? 100, 1), 1000))).map(SyncErrorType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => ConnectorResult, { description: 'A name taken (ignoring case) is a DuplicateNameError.' })
  async createConnector(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateConnectorInput): Promise<typeof ConnectorResult> {
    return mapResult(await this.service.create(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => ConnectorResult, { description: 'A name taken (ignoring case) is a DuplicateNameError.' })
  async updateConnector(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateConnectorInput): Promise<typeof ConnectorResult> {
    return mapResult(await this.service.update(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PushTokenType, { description: 'Issues a new bearer token for a pushing system (SCIM); shown once.' })
  async issueConnectorPushToken(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PushTokenType> {
    return { connectorId: id, token: await this.service.issuePushToken(viewer, id) };
  }

  @Allow('HR_ADMIN')
  @Mutation(() => RunConnectorSyncPayload, { description: 'Runs a sync now; a dry run returns the diff and changes nothing.' })
  runConnectorSync(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean,
  ): Promise<SyncRequest> {
    return this.service.requestRun(viewer, id, dryRun ?? false);
  }
}

/** The payload is the sync request itself: its run is read only when answered, after the run has finished. */
@Resolver(() => RunConnectorSyncPayload)
export class RunConnectorSyncPayloadResolver {
  @ResolveField(() => SyncRunType, { nullable: true })
  run(payload: SyncRequest): SyncRunType | null {
    return payload.run ? SyncRunType.from(payload.run) : null;
  }
}
