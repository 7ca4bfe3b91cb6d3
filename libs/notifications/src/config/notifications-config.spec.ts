import { ConfigError } from '@app/shared';
import { loadNotificationsConfig } from './notifications-config';

describe('notification settings', () => {
  it('reads SMTP and webhooks from the environment; a lease is at most a minute, one send at a time by default', () => {
    const c = loadNotificationsConfig({ SMTP_URL: 'smtp://mail.local:2525', NOTIFICATION_WEBHOOKS: '[{"name":"slack","url":"https://hooks.example/x","secret":"0123456789abcdef"}]', NOTIFY_MAX_ATTEMPTS: '4' });
    expect(c.SMTP_URL).toBe('smtp://mail.local:2525');
    expect(c.webhooks).toEqual([{ name: 'slack', url: 'https://hooks.example/x', secret: '0123456789abcdef' }]);
    expect(c.NOTIFY_MAX_ATTEMPTS).toBe(4);
    expect(c.NOTIFY_LEASE_MS).toBe(30_000);
    expect(c.NOTIFY_SEND_CONCURRENCY).toBe(1);
    expect(() => loadNotificationsConfig({ NOTIFY_LEASE_MS: '300000' })).toThrow(/NOTIFY_LEASE_MS/);
  });

  it.each([
    ['SMTP_URL', { SMTP_URL: 'http://mail.local' }],
    ['NOTIFICATION_WEBHOOKS', { NOTIFICATION_WEBHOOKS: 'not json' }],
    ['secret', { NOTIFICATION_WEBHOOKS: '[{"name":"x","url":"https://h.example","secret":"short"}]' }],
    ['NOTIFY_MAX_ATTEMPTS', { NOTIFY_MAX_ATTEMPTS: '0' }],
  ])('refuses a bad %s', (field, env) => {
    expect(() => loadNotificationsConfig(env)).toThrow(ConfigError);
    try {
      loadNotificationsConfig(env);
    } catch (e) {
      expect((e as ConfigError).message).toContain(field);
    }
  });
});
