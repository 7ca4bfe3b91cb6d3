import { spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { AppConfig, SystemClock } from '@app/shared';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { DELIVER_QUEUE, loadNotificationsConfig, ReminderPlanner } from '@app/notifications';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { makeEmployee } from '../support/factories';
import { deliveriesOf, makeCertification, makeRecord, plusDays, startSmtpSink, startWebhookReceiver } from '../support/notification-fixtures';
import { deliveryJobsOn } from '../support/delivery-child';
import { eventually, jobSchema } from '../support/job-runners';

const PEOPLE = 30;
const LEASE_MS = 4000;

/**
 * Two delivery workers on the job system, one of them a process killed with SIGKILL in the middle of a
 * batch: the other takes over its claims once the lease runs out. In-app: every notification exactly
 * once. Email and webhook: every one delivered, at most one repeat (the send in flight at the kill),
 * and every message carries its delivery id so the receiver can drop the repeat.
 */
describe('reminder delivery on the job system: a worker killed mid-batch, a worker shut down', () => {
  const { schema, drop } = jobSchema();
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, [], 4));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  async function holders(n: number, channels: string, env: NodeJS.ProcessEnv): Promise<string[]> {
    const today = DateTime.utc().toISODate() as string;
    const cert = await makeCertification(ds);
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const p = await makeEmployee(ds);
      await makeRecord(ds, { employeeId: p.id, certificationId: cert.id, expiresOn: plusDays(today, 30) });
      await ds.query(`INSERT INTO notification_preference (employee_id, channels) VALUES ($1, $2)`, [p.id, channels]);
      ids.push(p.id);
    }
    const config = loadNotificationsConfig(env);
    const planned = await new ReminderPlanner(new TransactionHost(ds), config, Object.assign(new AppConfig(), { ORG_TIME_ZONE: 'UTC' }), new SystemClock()).plan({ employeeIds: ids });
    expect(planned.reminders).toBe(n * channels.split(',').length);
    return ids;
  }

  it('0 duplicate and 0 missing in-app notifications; emails and webhooks all delivered, repeats carry the same key', async () => {
    const secret = 'kill-test-secret-0123';
    const hook = await startWebhookReceiver(secret, 100);
    const smtp = await startSmtpSink();
    const env = {
      ...process.env,
      JOBS_SCHEMA: schema,
      JOBS_POLL_SECONDS: '1',
      JOBS_SHUTDOWN_GRACE_MS: '2000',
      NOTIFY_BATCH_SIZE: '12',
      NOTIFY_LEASE_MS: String(LEASE_MS),
      SMTP_URL: smtp.url,
      NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'hook', url: hook.url, secret }]),
    };
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/support/delivery-child.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let childId = '';
    child.stdout.on('data', (d: Buffer) => (childId ||= /worker (\S+)/.exec(d.toString())?.[1] ?? ''));
    let childErr = '';
    child.stderr.on('data', (d: Buffer) => (childErr += d.toString()));
    const healthy = deliveryJobsOn(ds, env);
    try {
      const ids = await holders(PEOPLE, '{IN_APP,EMAIL,WEBHOOK}', env);

      await eventually(() => childId !== '' || child.exitCode !== null, 60_000, 'the child worker');
      expect(childErr).toBe('');
      await healthy.runner.start();
      expect(await healthy.runner.send(DELIVER_QUEUE, { recipientIds: ids })).not.toBeNull();

      // kill -9 the child while it holds a batch, with sends of that batch behind it and ahead of it
      const heldByChild = async () => (await ds.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE locked_by = $1`, [childId]))[0].n as number;
      await eventually(async () => (await heldByChild()) > 0, 30_000, 'the child to claim a batch');
      await new Promise((r) => setTimeout(r, 200));
      child.kill('SIGKILL');
      const killedAt = Date.now();
      const abandoned = await heldByChild();
      expect(abandoned).toBeGreaterThan(0);

      await eventually(async () => (await deliveriesOf(ds, ids)).every((r: { state: string }) => r.state === 'SENT'), 60_000, 'every delivery sent');
      expect(Date.now() - killedAt).toBeLessThan(60_000);
      const rows = await deliveriesOf(ds, ids);
      expect(rows).toHaveLength(PEOPLE * 3);

      // in-app: exactly once
      const [inApp] = await ds.query(`SELECT count(*)::int AS n, count(DISTINCT delivery_id)::int AS distinct FROM notification WHERE recipient_id = ANY($1::uuid[])`, [ids]);
      expect(inApp).toEqual({ n: PEOPLE, distinct: PEOPLE });

      // email and webhook: none missing; each carries its delivery id; at most the one send in flight at the kill repeated
      const byChannel = (c: string) => rows.filter((r: { channel: string }) => r.channel.startsWith(c)).map((r: { id: string }) => r.id).sort();
      const hookIds = hook.received.map((h) => h.deliveryId);
      expect(hook.received.every((h) => h.signatureValid && h.deliveryId === h.body.deliveryId)).toBe(true);
      expect([...new Set(hookIds)].sort()).toEqual(byChannel('WEBHOOK'));
      const mailIds = smtp.mails.map((m) => m.deliveryId as string);
      expect(smtp.mails.every((m) => m.messageId === `<${m.deliveryId}@skillpath.notifications>`)).toBe(true);
      expect([...new Set(mailIds)].sort()).toEqual(byChannel('EMAIL'));
      const repeats = hookIds.length - new Set(hookIds).size + (mailIds.length - new Set(mailIds).size);
      expect(repeats).toBeLessThanOrEqual(1);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await healthy.runner.stop();
      await healthy.channels.close();
      await hook.close();
      await smtp.close();
    }
  }, 120_000);
  it('on shutdown stops claiming, finishes the send in flight within the grace period, records it, and hands the rest back', async () => {
    const secret = 'grace-test-secret-0123';
    const hook = await startWebhookReceiver(secret, 300);
    const env = {
      ...process.env,
      JOBS_SCHEMA: schema,
      JOBS_POLL_SECONDS: '1',
      JOBS_SHUTDOWN_GRACE_MS: '2000',
      NOTIFY_BATCH_SIZE: '10',
      NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'hook', url: hook.url, secret }]),
    };
    const first = deliveryJobsOn(ds, env);
    try {
      const ids = await holders(10, '{WEBHOOK}', env);
      await first.runner.start();
      await first.runner.send(DELIVER_QUEUE, { recipientIds: ids });
      await eventually(() => hook.received.length >= 2, 30_000, 'the first sends');
      const t0 = Date.now();
      await first.runner.stop();
      expect(Date.now() - t0).toBeLessThan(2000 + 1000);
      let rows = await deliveriesOf(ds, ids);
      const sent = rows.filter((r: { state: string }) => r.state === 'SENT');
      // every send made is recorded (none in doubt); the unsent are free again, their attempt not counted
      expect(sent.map((r: { id: string }) => r.id).sort()).toEqual(hook.received.map((h) => h.deliveryId).sort());
      expect(sent.length).toBeLessThan(10);
      const [held] = await ds.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE recipient_id = ANY($1::uuid[]) AND locked_by IS NOT NULL`, [ids]);
      expect(held.n).toBe(0);
      expect(rows.filter((r: { state: string; attempts: number }) => r.state === 'PENDING').every((r: { attempts: number }) => r.attempts === 0)).toBe(true);

      // the next worker sends the rest: each webhook exactly once in all
      const next = deliveryJobsOn(ds, env);
      await next.runner.start();
      try {
        await next.runner.send(DELIVER_QUEUE, { recipientIds: ids });
        await eventually(async () => (await deliveriesOf(ds, ids)).every((r: { state: string }) => r.state === 'SENT'), 30_000, 'the rest');
      } finally {
        await next.runner.stop();
      }
      rows = await deliveriesOf(ds, ids);
      expect(hook.received.map((h) => h.deliveryId).sort()).toEqual(rows.map((r: { id: string }) => r.id).sort());
    } finally {
      await first.runner.stop();
      await hook.close();
    }
  }, 90_000);
});
