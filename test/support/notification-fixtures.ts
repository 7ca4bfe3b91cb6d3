import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { SMTPServer } from 'smtp-server';
import { AppConfig, FixedClock } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { CertificationRecordRepository, CertificationRepository } from '@app/certifications';
import { ChannelSet, ClaimedJob, configuredChannels, deliveryError, DeliveryWorker, loadNotificationsConfig, NotificationsConfig, ReminderPlanner, WorkerHooks } from '@app/notifications';
import { uniqueName } from './factories';

/** A certification with the facts reminders quote (through the certifications lib's repository). */
export async function makeCertification(ds: DataSource, values: { name?: string; estimatedHours?: number | null; payoff?: string | null } = {}): Promise<{ id: string; name: string }> {
  const name = values.name ?? uniqueName('Cert');
  const hours = values.estimatedHours === undefined ? 12 : values.estimatedHours;
  const row = await new CertificationRepository(new TransactionHost(ds)).insert({
    name, issuer: 'Test issuer', estimatedHours: hours === null ? null : String(hours), payoff: values.payoff === undefined ? 'cloud pay step' : values.payoff,
    validityAmount: 1, validityUnit: 'YEARS', renewalWindowAmount: 60, renewalWindowUnit: 'DAYS',
  });
  return { id: row.id, name };
}

/** A record with explicit cycle dates (window opens 60 days before expiry unless given), through the certifications lib's record repository. */
export async function makeRecord(
  ds: DataSource,
  v: { employeeId: string; certificationId: string; expiresOn: string; windowOpensOn?: string | null; graceEndsOn?: string | null; extendedUntil?: string | null; revoked?: boolean },
): Promise<string> {
  const expires = DateTime.fromISO(v.expiresOn);
  const records = new CertificationRecordRepository(new TransactionHost(ds));
  const id = randomUUID();
  await records.insert({
    id,
    employeeId: v.employeeId,
    certificationId: v.certificationId,
    earnedOn: expires.minus({ years: 1 }).toISODate() as string,
    expiresOn: v.expiresOn,
    windowOpensOn: v.windowOpensOn === undefined ? expires.minus({ days: 60 }).toISODate() : v.windowOpensOn,
    graceEndsOn: v.graceEndsOn === undefined ? expires.plus({ days: 14 }).toISODate() : v.graceEndsOn,
    extendedUntil: v.extendedUntil ?? null,
    renewsId: null, credentialId: null, credentialUrl: null, evidenceUrl: null,
  });
  if (v.revoked) await records.update(id, { revokedAt: new Date() });
  return id;
}

export const plusDays = (date: string, days: number) => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;

/** Notification settings for a test (nothing from the environment). */
export function testNotificationsConfig(overrides: Partial<NotificationsConfig> = {}): NotificationsConfig {
  return loadNotificationsConfig({}, { NOTIFY_BACKOFF_BASE_MS: 1000, NOTIFY_LEASE_MS: 60_000, ...overrides });
}

/** A planner and a worker factory on `ds`, with a clock fixed at noon UTC of `date`. */
export function deliveryKit(ds: DataSource, config: NotificationsConfig, date: string, channels?: ChannelSet) {
  const clock = new FixedClock(DateTime.fromISO(`${date}T12:00:00Z`));
  const tx = new TransactionHost(ds);
  const appConfig = Object.assign(new AppConfig(), { ORG_TIME_ZONE: 'UTC' });
  const set = channels ?? configuredChannels(config);
  return {
    clock,
    channels: set,
    planner: new ReminderPlanner(tx, config, appConfig, clock),
    worker: (hooks: WorkerHooks = {}, on: DataSource = ds) => new DeliveryWorker(new TransactionHost(on), set, config, clock, hooks),
    advance: (ms: number) => clock.set(clock.now().plus({ milliseconds: ms })),
  };
}

/** A channel set that records every send (and can be told to fail). */
export function countingChannels(names: string[]) {
  const sent: ClaimedJob[] = [];
  let failing = false;
  const channel = {
    async send(job: ClaimedJob) {
      await new Promise((r) => setTimeout(r, 1));
      if (failing) return deliveryError('UNREACHABLE', 'receiver down');
      sent.push(job);
      return null;
    },
  };
  const set: ChannelSet = { resolve: (c) => (names.includes(c) ? channel : null), close: async () => undefined };
  return { set, sent, fail: (on: boolean) => (failing = on) };
}

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The Message-ID header: `<delivery id@skillpath.notifications>`. */
  messageId: string | null;
  /** The Skillpath-Delivery-Id header. */
  deliveryId: string | null;
}

const header = (raw: string, name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(raw)?.[1].trim() ?? null;

/** A real SMTP server on 127.0.0.1 (random port) keeping what it receives. */
export async function startSmtpSink(options: { refuseRecipients?: boolean } = {}): Promise<{ url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      // refuseRecipients: every mailbox answers 550, as a server refusing a recipient does
      callback(options.refuseRecipients ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, messageId: header(raw, 'Message-ID'), deliveryId: header(raw, 'Skillpath-Delivery-Id') });
        callback();
      });
    },
  });
  server.on('error', () => undefined); // a sender killed mid-message resets its connection
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((r) => server.close(() => r())) };
}

export interface ReceivedHook {
  body: Record<string, unknown>;
  signatureValid: boolean;
  deliveryId: string;
}

/** An HTTP receiver that verifies X-Skillpath-Signature against `secret`; answers `status()` (default 200), after `delayMs`. */
export async function startWebhookReceiver(secret: string, delayMs = 0): Promise<{ url: string; received: ReceivedHook[]; status: { code: number }; close(): Promise<void> }> {
  const received: ReceivedHook[] = [];
  const status = { code: 200 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('error', () => undefined); // a sender killed mid-request resets its connection
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-skillpath-signature'] ?? ''));
      const signatureValid = given.length === expected.length && timingSafeEqual(given, expected);
      const answer = () => {
        if (status.code < 300) received.push({ body: JSON.parse(raw.toString('utf8')), signatureValid, deliveryId: String(req.headers['skillpath-delivery-id']) });
        res.statusCode = signatureValid ? status.code : 401;
        res.end();
      };
      if (delayMs) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/hook`, received, status, close: () => new Promise((r) => server.close(() => r())) };
}

/** Delivery rows of these recipients. */
export function deliveriesOf(ds: DataSource, recipientIds: string[]) {
  return ds.query(
    `SELECT id, kind, record_id, reminder_point, channel, recipient_id, state, attempts, payload, last_error, last_error_code, last_error_status, next_attempt_at
       FROM notification_delivery WHERE recipient_id = ANY($1::uuid[]) ORDER BY reminder_point, channel`,
    [recipientIds],
  );
}
