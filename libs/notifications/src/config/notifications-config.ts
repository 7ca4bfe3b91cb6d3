import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min, validateSync } from 'class-validator';
import { ConfigError } from '@app/shared';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** An outgoing webhook: JSON POSTs signed with its own secret. */
export interface WebhookTarget {
  name: string;
  url: string;
  secret: string;
}

/** Notification settings, read from the environment at boot and validated. */
export class NotificationsConfig {
  /** smtp://user:pass@host:port or smtps://…; unset = no email channel. */
  @IsOptional() @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  @IsString()
  SMTP_FROM = 'Skillpath <no-reply@skillpath.invalid>';

  /** JSON array of {name, url, secret}; see webhooks. */
  @IsOptional() @IsString()
  NOTIFICATION_WEBHOOKS?: string;

  /** Base of links in messages and calendar feed URLs: the app's publicBaseUrl (PUBLIC_BASE_URL, else http://localhost:<PORT>). */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL = `http://localhost:${process.env.PORT || 3000}`;

  @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  NOTIFY_BATCH_SIZE = 100;

  /**
   * How long a claimed job stays reserved to its worker; a running batch renews it every third of it,
   * so a dead worker's jobs are taken over about this long after it died (at most a minute).
   */
  @Transform(toInt) @IsInt() @Min(1000) @Max(60_000)
  NOTIFY_LEASE_MS = 30_000;

  /** Emails and webhooks a worker sends at once; each is recorded as soon as it is sent, so at a crash at most this many are in doubt. */
  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  NOTIFY_SEND_CONCURRENCY = 1;

  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  NOTIFY_MAX_ATTEMPTS = 6;

  @Transform(toInt) @IsInt() @Min(0)
  NOTIFY_BACKOFF_BASE_MS = 30_000;

  @Transform(toInt) @IsInt() @Min(0)
  NOTIFY_BACKOFF_MAX_MS = 6 * 3600_000;

  @Transform(toInt) @IsInt() @Min(100)
  NOTIFY_SEND_TIMEOUT_MS = 10_000;

  /** Reminder points up to this many days in the past are still sent (planner downtime). */
  @Transform(toInt) @IsInt() @Min(0) @Max(30)
  REMINDER_CATCH_UP_DAYS = 3;

  /** ISO weekday (1 = Monday) from which the weekly manager digest is planned. */
  @Transform(toInt) @IsInt() @Min(1) @Max(7)
  DIGEST_WEEKDAY = 1;

  /** When reminders are planned (cron, UTC; also once at start). */
  @IsString()
  PLANNER_CRON = '*/15 * * * *';

  get webhooks(): WebhookTarget[] {
    return this.NOTIFICATION_WEBHOOKS ? parseWebhooks(this.NOTIFICATION_WEBHOOKS) : [];
  }
}

function parseWebhooks(raw: string): WebhookTarget[] {
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    throw new ConfigError(['NOTIFICATION_WEBHOOKS: not JSON']);
  }
  if (!Array.isArray(list)) throw new ConfigError(['NOTIFICATION_WEBHOOKS: must be a JSON array of {name, url, secret}']);
  const problems: string[] = [];
  const names = new Set<string>();
  list.forEach((w: Partial<WebhookTarget>, i) => {
    if (typeof w?.name !== 'string' || !/^[a-z0-9-]{1,40}$/.test(w.name)) problems.push(`NOTIFICATION_WEBHOOKS[${i}].name: lowercase letters, digits and dashes`);
    else if (names.has(w.name)) problems.push(`NOTIFICATION_WEBHOOKS[${i}].name: duplicate "${w.name}"`);
    else names.add(w.name);
    if (typeof w?.url !== 'string' || !/^https?:\/\//.test(w.url)) problems.push(`NOTIFICATION_WEBHOOKS[${i}].url: an http(s) URL`);
    if (typeof w?.secret !== 'string' || w.secret.length < 16) problems.push(`NOTIFICATION_WEBHOOKS[${i}].secret: at least 16 characters`);
  });
  if (problems.length) throw new ConfigError(problems);
  return list as WebhookTarget[];
}

/** Reads and validates the notification settings; throws ConfigError listing every bad value. */
export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<NotificationsConfig> = {}): NotificationsConfig {
  const known = Object.keys(new NotificationsConfig()).concat('SMTP_URL', 'NOTIFICATION_WEBHOOKS');
  const raw = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined));
  const config = Object.assign(plainToInstance(NotificationsConfig, raw), overrides);
  const problems = validateSync(config).flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  if (problems.length) throw new ConfigError(problems);
  void config.webhooks;
  return config;
}
