/** What a handler gets besides the job's data. */
export interface JobContext {
  /** The pg-boss job id. */
  jobId: string;
  /** Aborted when the process starts shutting down: stop taking new work, finish what is in flight. */
  signal: AbortSignal;
  /** Enqueues a job (for fan-out and follow-ups); null when it was throttled away or jobs are not running. */
  send(queue: string, data?: object, options?: SendOptions): Promise<string | null>;
}

export interface SendOptions {
  /** Not before this moment. */
  startAfter?: Date;
  /** With singletonSeconds: at most one job with this key per time slot. */
  singletonKey?: string;
  singletonSeconds?: number;
}

/**
 * One queue: its handler, and optionally a cron schedule (UTC unless `tz`) that fires once per
 * occurrence across every process running jobs. A failed job is retried `retryLimit` times with
 * exponential backoff from `retryDelaySeconds`, then moved to the queue's dead-letter queue `<name>-dead`.
 */
export interface JobDefinition<T extends object = object> {
  /** Letters, digits, dashes: `notifications-deliver`. */
  name: string;
  handler(data: T, context: JobContext): Promise<unknown>;
  cron?: string;
  tz?: string;
  /** Also run once when jobs start (throttled to once a minute across processes): catch up after downtime. */
  runAtStart?: boolean;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A running job not finished after this long is failed (and retried). */
  expireInSeconds?: number;
}

/** What happened to one job, for logs and metrics. */
export interface JobEvent {
  queue: string;
  jobId: string;
  ok: boolean;
  durationMs: number;
  error?: string;
}

export type JobListener = (event: JobEvent) => void;

export const deadLetterQueue = (name: string) => `${name}-dead`;
