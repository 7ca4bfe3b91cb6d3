import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { IANAZone } from 'luxon';

export const DEV_JWT_SECRET = 'skillpath-development-secret-do-not-use-in-production';

const SIZE = /^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i;
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "25mb", "512kb", "1048576" → bytes. */
export function parseSize(value: string): number {
  const match = SIZE.exec(value.trim());
  if (!match) throw new Error(`not a size: ${value}`);
  return Math.floor(Number.parseFloat(value) * SIZE_UNITS[(match[2] ?? 'b').toLowerCase()]);
}

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toInt = toNumber;
const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase()));

/** All configuration, read once at boot from the environment and validated. */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** Where people reach this service (links in messages, calendar feed URLs); unset = http://localhost:<PORT>. */
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL?: string;

  /** postgres://… of a PostgreSQL server; unset = the embedded engine. */
  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  /** Where the embedded engine keeps its data. */
  @IsString()
  DATA_DIR = '.skillpath-data/db';

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Seals connector secrets: 32 bytes as hex or base64 (checked by the connectors module; required in production). */
  @IsOptional() @IsString()
  CONNECTOR_SECRET_KEY?: string;

  @IsOptional() @IsUrl({ require_tld: false })
  OIDC_ISSUER?: string;

  @IsOptional() @IsUrl({ require_tld: false })
  OIDC_JWKS_URI?: string;

  @IsOptional() @IsString()
  OIDC_AUDIENCE?: string;

  /** Longest a bearer token may live (`exp` − `iat`, or `exp` − now without `iat`); tokens without `exp` are refused. */
  @Transform(toInt) @IsInt() @Min(60) @Max(30 * 86400)
  TOKEN_MAX_LIFETIME_SECONDS = 86400;

  /** The console's client id at the identity provider (authorization code with PKCE, public client). */
  @IsOptional() @IsString()
  OIDC_CLIENT_ID?: string;

  /** Scopes the console asks for when it signs in with OIDC. */
  @IsString()
  OIDC_SCOPE = 'openid profile email';

  /** Claim holding the subject that maps to an employee (default: sub). */
  @IsString()
  JWT_SUBJECT_CLAIM = 'sub';

  @IsString()
  ORG_TIME_ZONE = 'UTC';

  @Transform(toInt) @IsInt() @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Audit entries written per client address per minute for calls without a valid identity (the rest are counted). */
  @Transform(toInt) @IsInt() @Min(1) @Max(10000)
  AUDIT_ANONYMOUS_PER_MINUTE = 20;

  /** How long a token that signed in is remembered (verified and looked up once); 0 looks it up on every request. */
  @Transform(toInt) @IsInt() @Min(0) @Max(300)
  IDENTITY_CACHE_SECONDS = 5;

  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_COST = 20000;

  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_ALIASES = 30;

  @IsString()
  REQUEST_SIZE_LIMIT = '1mb';

  /** Largest CSV upload (POST /connectors/<id>/csv), in bytes or with a unit (kb, mb, gb); larger answers 413. */
  @IsString() @Matches(SIZE, { message: 'CSV_UPLOAD_LIMIT must be a size such as 25mb, 512kb or 1048576' })
  CSV_UPLOAD_LIMIT = '25mb';

  /** Rows per batch when a CSV upload is checked, previewed and applied: each batch is one short transaction. */
  @Transform(toInt) @IsInt() @Min(50) @Max(10000)
  CSV_BATCH_ROWS = 1000;

  /** How often a running connector sync records that it is alive. */
  @Transform(toInt) @IsInt() @Min(1) @Max(30)
  SYNC_HEARTBEAT_SECONDS = 10;

  /** A running sync silent for this long was killed: the next run takes its place (and resumes an upload). */
  @Transform(toInt) @IsInt() @Min(2) @Max(60)
  SYNC_STALE_SECONDS = 60;

  @Transform(toBool)
  DEMO_SEED = true;

  @Transform(toBool)
  RUN_MIGRATIONS = true;

  /** What one logged practice hour costs (training spend in certificationSpend), in the currency of certification costs. */
  @Transform(toNumber) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'PRACTICE_HOUR_COST must be a number with at most 2 decimals' }) @Min(0) @Max(100000)
  PRACTICE_HOUR_COST = 50;

  /** GET /metrics (Prometheus): on outside production; in production only when true, or when METRICS_TOKEN is set. */
  @IsOptional() @Transform(toBool)
  METRICS_ENABLED?: boolean;

  /** Bearer token GET /metrics then requires (Authorization: Bearer <token>); unset = none asked. */
  @IsOptional() @IsString() @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent' = 'info';

  /** PUBLIC_BASE_URL without a trailing slash, or the address this process serves. */
  get publicBaseUrl(): string {
    return (this.PUBLIC_BASE_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  /** Whether GET /metrics answers (see METRICS_ENABLED). */
  get metricsEnabled(): boolean {
    return this.METRICS_ENABLED ?? (!this.isProduction || !!this.METRICS_TOKEN);
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** The secret that signs and verifies HS256 tokens; the development secret outside production. */
  get jwtSecret(): string | undefined {
    if (this.JWT_SECRET) return this.JWT_SECRET;
    return this.isProduction ? undefined : DEV_JWT_SECRET;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Reads and validates the configuration; throws ConfigError listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined));
  const config = plainToInstance(AppConfig, raw);
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m} (got ${JSON.stringify(e.value)})`),
  );
  if (!IANAZone.isValidZone(config.ORG_TIME_ZONE)) problems.push(`ORG_TIME_ZONE: not an IANA time zone (got "${config.ORG_TIME_ZONE}")`);
  if (config.isProduction) {
    if (config.JWT_SECRET === DEV_JWT_SECRET) problems.push('JWT_SECRET: the development secret is refused in production');
    if (!config.JWT_SECRET && !config.OIDC_ISSUER) problems.push('JWT_SECRET or OIDC_ISSUER: production needs a token verifier');
  }
  if (config.SYNC_HEARTBEAT_SECONDS * 2 > config.SYNC_STALE_SECONDS) problems.push('SYNC_HEARTBEAT_SECONDS: at most half of SYNC_STALE_SECONDS, or a live sync would look dead');
  if (config.OIDC_ISSUER && !config.OIDC_JWKS_URI) problems.push('OIDC_JWKS_URI: required when OIDC_ISSUER is set');
  if (problems.length) throw new ConfigError(problems);
  return config;
}
