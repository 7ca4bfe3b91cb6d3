import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { makeEmployee } from '../support/factories';
import { countingChannels, deliveriesOf, deliveryKit, makeCertification, makeRecord, plusDays, startSmtpSink, startWebhookReceiver, testNotificationsConfig } from '../support/notification-fixtures';

const TODAY = '2031-04-02';
const open = () => new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 4));

describe('reminder delivery (exactly once per reminder point, channel and recipient)', () => {
  let ds: DataSource;
  let ds2: DataSource;
  beforeAll(async () => {
    ds = open();
    ds2 = open();
    await ds.initialize();
    await ds2.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await ds2.destroy();
  });

  async function holders(n: number, cert: { id: string }, channels: string) {
    const people = [];
    for (let i = 0; i < n; i++) {
      const p = await makeEmployee(ds);
      await makeRecord(ds, { employeeId: p.id, certificationId: cert.id, expiresOn: plusDays(TODAY, 30) });
      await ds.query(`INSERT INTO notification_preference (employee_id, channels) VALUES ($1, $2)`, [p.id, channels]);
      people.push(p.id);
    }
    return people;
  }

  it('two workers, one crashing between claim and send: every job is sent exactly once', async () => {
    const config = testNotificationsConfig({ NOTIFY_BATCH_SIZE: 5, NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'count', url: 'http://127.0.0.1:1/', secret: 'count-secret-16-chars' }]) });
    const counting = countingChannels(['WEBHOOK:count']);
    const kit = deliveryKit(ds, config, TODAY, counting.set);
    const cert = await makeCertification(ds);
    const ids = await holders(20, cert, '{IN_APP,WEBHOOK}');
    expect((await kit.planner.plan({ employeeIds: ids })).reminders).toBe(40);

    let crashed = false;
    const crashing = kit.worker({
      afterClaim: () => {
        crashed = true;
        throw new Error('worker killed after claiming its first batch');
      },
    });
    const healthy = kit.worker({}, ds2);
    const [a, b] = await Promise.allSettled([crashing.drain({ recipientIds: ids }), healthy.drain({ recipientIds: ids })]);
    expect(crashed).toBe(true);
    expect(a.status).toBe('rejected');
    expect(b.status).toBe('fulfilled');
    // the crashed worker's batch is leased: nobody sends it until the lease runs out
    let rows = await deliveriesOf(ds, ids);
    expect(rows.filter((r: { state: string }) => r.state === 'PENDING')).toHaveLength(5);

    kit.advance(config.NOTIFY_LEASE_MS + 1000);
    await healthy.drain({ recipientIds: ids });
    rows = await deliveriesOf(ds, ids);
    expect(rows).toHaveLength(40);
    expect(rows.every((r: { state: string }) => r.state === 'SENT')).toBe(true);
    expect(rows.filter((r: { attempts: number }) => r.attempts === 2)).toHaveLength(5);

    const keys = rows.map((r: { record_id: string; reminder_point: string; channel: string; recipient_id: string }) => `${r.record_id}|${r.reminder_point}|${r.channel}|${r.recipient_id}`);
    expect(new Set(keys).size).toBe(40);
    const webhookSends = counting.sent.map((j) => j.id);
    expect(webhookSends).toHaveLength(20);
    expect(new Set(webhookSends).size).toBe(20);
    const [{ n, distinct }] = await ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT delivery_id)::int AS distinct FROM notification WHERE recipient_id = ANY($1::uuid[])`,
      [ids],
    );
    expect({ n, distinct }).toEqual({ n: 20, distinct: 20 });
  });

  it('two healthy workers share the queue without sending anything twice', async () => {
    const config = testNotificationsConfig({ NOTIFY_BATCH_SIZE: 3, NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'count', url: 'http://127.0.0.1:1/', secret: 'count-secret-16-chars' }]) });
    const counting = countingChannels(['WEBHOOK:count']);
    const kit = deliveryKit(ds, config, TODAY, counting.set);
    const ids = await holders(15, await makeCertification(ds), '{WEBHOOK}');
    await kit.planner.plan({ employeeIds: ids });
    const slow = { afterClaim: () => new Promise<void>((r) => setTimeout(r, 20)) }; // both get a turn, even on the serializing embedded engine
    const [a, b] = await Promise.all([kit.worker(slow).drain({ recipientIds: ids }), kit.worker(slow, ds2).drain({ recipientIds: ids })]);
    expect(a.sent + b.sent).toBe(15);
    expect(a.claimed).toBeGreaterThan(0);
    expect(b.claimed).toBeGreaterThan(0);
    expect(new Set(counting.sent.map((j) => j.id)).size).toBe(15);
    expect(counting.sent).toHaveLength(15);
  });

  it('emails the reminder to a real SMTP server, stating deadline, hours and payoff', async () => {
    const smtp = await startSmtpSink();
    try {
      const config = testNotificationsConfig({ SMTP_URL: smtp.url, SMTP_FROM: 'Skillpath <noreply@example.test>' });
      const kit = deliveryKit(ds, config, TODAY);
      const cert = await makeCertification(ds, { estimatedHours: 12, payoff: 'cloud pay step' });
      const ids = await holders(1, cert, '{EMAIL}');
      await kit.planner.plan({ employeeIds: ids });
      const result = await kit.worker().drain({ recipientIds: ids });
      expect(result.sent).toBe(1);
      expect(smtp.mails).toHaveLength(1);
      const [{ email }] = await ds.query(`SELECT email FROM employee WHERE id = $1`, [ids[0]]);
      expect(smtp.mails[0].to).toEqual([email]);
      const text = smtp.mails[0].raw.replace(/=\r\n/g, '');
      expect(text).toContain(`expires on ${plusDays(TODAY, 30)} (30 days). Renewal: ~12 h. Keeps: cloud pay step.`);
      expect(text).toContain(`Subject: ${cert.name}`);
      // the idempotency key: the same on every attempt, so a receiver can drop a repeat
      const [row] = await deliveriesOf(ds, ids);
      expect(smtp.mails[0].messageId).toBe(`<${row.id}@skillpath.notifications>`);
      expect(smtp.mails[0].deliveryId).toBe(row.id);
      await kit.channels.close();
    } finally {
      await smtp.close();
    }
  });

  it('posts a signed JSON webhook with a Slack-compatible text that the receiver verifies', async () => {
    const secret = 'hook-secret-0123456789';
    const hook = await startWebhookReceiver(secret);
    try {
      const config = testNotificationsConfig({ NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'slack', url: hook.url, secret }]) });
      const kit = deliveryKit(ds, config, TODAY);
      const ids = await holders(2, await makeCertification(ds), '{WEBHOOK}');
      await kit.planner.plan({ employeeIds: ids });
      expect((await kit.worker().drain({ recipientIds: ids })).sent).toBe(2);
      expect(hook.received).toHaveLength(2);
      expect(hook.received.every((h) => h.signatureValid)).toBe(true);
      expect(hook.received[0].body.text).toContain(`expires on ${plusDays(TODAY, 30)}`);
      expect(hook.received[0].body.event).toBe('certification.reminder');
      expect(hook.received.map((h) => h.deliveryId).sort()).toEqual(hook.received.map((h) => h.body.deliveryId as string).sort());

      // a receiver holding another secret refuses the signature, and the delivery is retried later
      const wrong = testNotificationsConfig({ NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'slack', url: hook.url, secret: 'not-the-receivers-secret' }]) });
      const kit2 = deliveryKit(ds, wrong, TODAY);
      const more = await holders(1, await makeCertification(ds), '{WEBHOOK}');
      await kit2.planner.plan({ employeeIds: more });
      expect(await kit2.worker().drain({ recipientIds: more })).toMatchObject({ sent: 0, failed: 1 });
      const [row] = await deliveriesOf(ds, more);
      expect(row).toMatchObject({ state: 'FAILED', attempts: 1, last_error_code: 'RECEIVER_REFUSED', last_error_status: 401 });
    } finally {
      await hook.close();
    }
  });

  it('a failed attempt is stored as a code and the receiver\'s status, never to be read back out of its message', async () => {
    const cert = await makeCertification(ds);
    const failedRow = async (config: ReturnType<typeof testNotificationsConfig>, channels: string, planWith = config) => {
      const ids = await holders(1, cert, channels);
      await deliveryKit(ds, planWith, TODAY).planner.plan({ employeeIds: ids });
      const kit = deliveryKit(ds, config, TODAY);
      expect(await kit.worker().drain({ recipientIds: ids })).toMatchObject({ sent: 0, failed: 1 });
      await kit.channels.close();
      const [row] = await deliveriesOf(ds, ids);
      return row;
    };
    // a webhook nobody listens on: no answer
    const closed = await startWebhookReceiver('any-secret-0123456789');
    await closed.close();
    const hooks = (url: string) => JSON.stringify([{ name: 'ops', url, secret: 'any-secret-0123456789' }]);
    const gone = testNotificationsConfig({ NOTIFICATION_WEBHOOKS: hooks(closed.url) });
    expect(await failedRow(gone, '{WEBHOOK}')).toMatchObject({ state: 'FAILED', last_error_code: 'UNREACHABLE', last_error_status: null });
    // planned for a webhook the sending worker has no longer
    expect(await failedRow(testNotificationsConfig({}), '{WEBHOOK}', gone)).toMatchObject({ last_error_code: 'CHANNEL_NOT_CONFIGURED', last_error: 'Channel WEBHOOK:ops is not configured' });
    // an SMTP server refusing the recipient: its reply code
    const smtp = await startSmtpSink({ refuseRecipients: true });
    try {
      const refused = await failedRow(testNotificationsConfig({ SMTP_URL: smtp.url, SMTP_FROM: 'Skillpath <noreply@example.test>' }), '{EMAIL}');
      expect(refused).toMatchObject({ last_error_code: 'RECEIVER_REFUSED', last_error_status: 550 });
      expect(smtp.mails).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});
