import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsNumber, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { ConfigError } from '@app/shared';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Settings of the job system (pg-boss), read from the environment at boot and validated. */
export class JobsConfig {
  /** On SIGTERM/SIGINT: stop taking jobs, then give running ones this long to finish (then they are in doubt). */
  @Transform(toInt) @IsInt() @Min(1000) @Max(60_000)
  JOBS_SHUTDOWN_GRACE_MS = 8000;

  /** The PostgreSQL schema pg-boss keeps its queues, jobs and schedules in. */
  @IsString() @Matches(/^[a-z_][a-z0-9_]{0,62}$/)
  JOBS_SCHEMA = 'pgboss';

  /** How often an idle worker asks for the next job of each queue (seconds, from 0.5). */
  @Transform(toInt) @IsNumber() @Min(0.5) @Max(60)
  JOBS_POLL_SECONDS = 1;

  /** Connections pg-boss opens (besides the app's pool). */
  @Transform(toInt) @IsInt() @Min(2) @Max(20)
  JOBS_POOL_SIZE = 3;
}

/** Reads and validates the job settings; throws ConfigError listing every bad value. */
export function loadJobsConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<JobsConfig> = {}): JobsConfig {
  const known = Object.keys(new JobsConfig());
  const raw = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined && v !== ''));
  const config = Object.assign(plainToInstance(JobsConfig, raw), overrides);
  const problems = validateSync(config).flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  if (problems.length) throw new ConfigError(problems);
  return config;
}
