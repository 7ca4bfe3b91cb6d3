import { SyncRun } from './entities/sync-run.entity';

/**
 * A sync asked for: the run starts once the request's transaction has committed, so `run` is null until it has
 * finished (then it is the finished run, read by whoever answers the request).
 */
export interface SyncRequest {
  connectorId: string;
  run: SyncRun | null;
}
