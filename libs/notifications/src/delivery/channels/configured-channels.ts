import { NotificationsConfig } from '../../config/notifications-config';
import type { ChannelSet, DeliveryChannel } from './channel';
import { EmailChannel } from './email.channel';
import { WebhookChannel } from './webhook.channel';

/** The channels the configuration enables (EMAIL with SMTP_URL, one per webhook). */
export function configuredChannels(config: NotificationsConfig): ChannelSet {
  const map = new Map<string, DeliveryChannel>();
  if (config.SMTP_URL) map.set('EMAIL', new EmailChannel(config.SMTP_URL, config.SMTP_FROM, config.PUBLIC_BASE_URL, config.NOTIFY_SEND_TIMEOUT_MS));
  for (const w of config.webhooks) map.set(`WEBHOOK:${w.name}`, new WebhookChannel(w, config.PUBLIC_BASE_URL, config.NOTIFY_SEND_TIMEOUT_MS));
  return {
    resolve: (channel) => map.get(channel) ?? null,
    close: async () => {
      for (const c of map.values()) await c.close?.();
    },
  };
}
