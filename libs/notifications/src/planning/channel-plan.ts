import { DEFAULT_CHANNELS } from '../entities/notification-preference.entity';
import { NotificationsConfig } from '../config/notifications-config';
import { EMPLOYEE_VIEW } from '@app/employees';

/**
 * SQL parameters that expand a person's enabled channels into delivery channels: EMAIL only when SMTP
 * is configured, IN_APP always, WEBHOOK into one WEBHOOK:<name> per configured webhook.
 */
export function channelParams(config: NotificationsConfig): { defaults: string[]; direct: string[]; webhooks: string[] } {
  return {
    defaults: [...DEFAULT_CHANNELS],
    direct: config.SMTP_URL ? ['EMAIL', 'IN_APP'] : ['IN_APP'],
    webhooks: config.webhooks.map((w) => `WEBHOOK:${w.name}`),
  };
}

/**
 * FROM-clause tail turning rows with a `recipient_id` column (alias `src`) into one row per enabled
 * delivery channel (`chan.channel`) of that recipient; skips terminated recipients. `p` names the
 * parameters holding defaults, direct channels and webhook channels.
 */
export function channelJoinSql(p: { defaults: string; direct: string; webhooks: string }): string {
  return `JOIN ${EMPLOYEE_VIEW} re ON re.id = src.recipient_id AND re.status <> 'TERMINATED'
    LEFT JOIN notification_preference np ON np.employee_id = src.recipient_id
    CROSS JOIN LATERAL unnest(coalesce(np.channels, ${p.defaults}::text[])) AS ch(name)
    CROSS JOIN LATERAL unnest(CASE WHEN ch.name = 'WEBHOOK' THEN ${p.webhooks}::text[]
                                   WHEN ch.name = ANY(${p.direct}::text[]) THEN ARRAY[ch.name]
                                   ELSE ARRAY[]::text[] END) AS chan(channel)`;
}
