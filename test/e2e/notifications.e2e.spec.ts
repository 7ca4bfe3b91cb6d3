import request from 'supertest';
import ICAL from 'ical.js';
import { makeEmployee, makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { businessFailure } from '../support/business-failure';
import { deliveriesOf, deliveryKit, makeCertification, makeRecord, plusDays, startWebhookReceiver, testNotificationsConfig } from '../support/notification-fixtures';

const TODAY = '2031-05-07';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('notifications over GraphQL and the calendar feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ORG_TIME_ZONE: 'UTC' });
  });
  afterAll(() => t.close());

  it('HR reads the default reminder schedule, changes it; others may not; bad input names the field', async () => {
    const { hr, alice } = await makeOrg(t.dataSource);
    const cert = await makeCertification(t.dataSource);
    const q = `query($id: ID!) { certificationReminderSchedule(certificationId: $id) { onWindowOpen daysBefore onExpiry notifyManager isDefault } }`;
    const before = await t.gql<Json>(q, { id: cert.id }, t.token(hr.subject));
    expect(before.data.certificationReminderSchedule).toEqual({ onWindowOpen: true, daysBefore: [30, 7], onExpiry: true, notifyManager: false, isDefault: true });
    const m = `mutation($input: ReminderScheduleInput!) { updateCertificationReminderSchedule(input: $input) { daysBefore notifyManager isDefault } }`;
    const input = { certificationId: cert.id, onWindowOpen: false, daysBefore: [7, 60], onExpiry: true, notifyManager: true };
    expect((await t.gql<Json>(m, { input }, t.token(hr.subject))).data.updateCertificationReminderSchedule).toEqual({ daysBefore: [60, 7], notifyManager: true, isDefault: false });
    expect((await t.gql<Json>(q, { id: cert.id }, t.token(hr.subject))).data.certificationReminderSchedule.isDefault).toBe(false);
    expect((await t.gql<Json>(m, { input }, t.token(alice.subject))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql<Json>(m, { input: { ...input, daysBefore: [0] } }, t.token(hr.subject));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'daysBefore' });
    const unknown = await t.gql<Json>(q, { id: '00000000-0000-4000-8000-000000000000' }, t.token(hr.subject));
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('delivers in-app reminders; you read and mark only your own', async () => {
    const { alice, bob, hr } = await makeOrg(t.dataSource);
    const cert = await makeCertification(t.dataSource, { estimatedHours: 12, payoff: 'cloud pay step' });
    await makeRecord(t.dataSource, { employeeId: alice.id, certificationId: cert.id, expiresOn: plusDays(TODAY, 7) });
    const kit = deliveryKit(t.dataSource, testNotificationsConfig(), TODAY);
    await kit.planner.plan({ employeeIds: [alice.id] });
    await kit.worker().drain({ recipientIds: [alice.id] });

    const list = `query($u: Boolean) { myNotifications(unreadOnly: $u) { totalCount nodes { id title body link readAt } } }`;
    const mine = (await t.gql<Json>(list, { u: true }, t.token(alice.subject))).data.myNotifications;
    expect(mine.totalCount).toBe(1);
    expect(mine.nodes[0].body).toBe(`${cert.name} expires on ${plusDays(TODAY, 7)} (7 days). Renewal: ~12 h. Keeps: cloud pay step.`);
    const id = mine.nodes[0].id;
    expect((await t.gql<Json>(list, {}, t.token(bob.subject))).data.myNotifications.totalCount).toBe(0);

    const mark = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
    for (const other of [bob, hr]) {
      const denied = await t.gql<Json>(mark, { id }, t.token(other.subject));
      expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await t.gql<Json>(list, { u: true }, t.token(alice.subject))).data.myNotifications.totalCount).toBe(1);
    expect((await t.gql<Json>(mark, { id }, t.token(alice.subject))).data.markNotificationRead.readAt).toBeTruthy();
    expect((await t.gql<Json>(list, { u: true }, t.token(alice.subject))).data.myNotifications.totalCount).toBe(0);
    expect((await t.gql<Json>(list, { u: false }, t.token(alice.subject))).data.myNotifications.totalCount).toBe(1);
  });

  it('respects preferences: channels and quiet digest', async () => {
    const { alice, bob } = await makeOrg(t.dataSource);
    const q = `{ myNotificationPreferences { channels quietDigest isDefault } }`;
    expect((await t.gql<Json>(q, {}, t.token(alice.subject))).data.myNotificationPreferences).toEqual({ channels: ['EMAIL', 'IN_APP'], quietDigest: false, isDefault: true });
    const m = `mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { channels quietDigest isDefault } }`;
    expect((await t.gql<Json>(m, { input: { channels: ['EMAIL'] } }, t.token(alice.subject))).data.updateMyNotificationPreferences).toEqual({ channels: ['EMAIL'], quietDigest: false, isDefault: false });
    await t.gql<Json>(m, { input: { quietDigest: true } }, t.token(bob.subject));
    const bad = await t.gql<Json>(m, { input: { channels: ['EMAIL', 'EMAIL'] } }, t.token(alice.subject));
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const cert = await makeCertification(t.dataSource);
    const carol = await makeEmployee(t.dataSource);
    for (const p of [alice, bob, carol]) await makeRecord(t.dataSource, { employeeId: p.id, certificationId: cert.id, expiresOn: plusDays(TODAY, 30) });
    const kit = deliveryKit(t.dataSource, testNotificationsConfig({ SMTP_URL: 'smtp://127.0.0.1:1' }), TODAY);
    await kit.planner.plan({ employeeIds: [alice.id, bob.id, carol.id] });
    const rows = await deliveriesOf(t.dataSource, [alice.id, bob.id, carol.id]);
    const seen = (id: string) => rows.filter((r: { recipient_id: string; kind: string }) => r.recipient_id === id && r.kind === 'REMINDER').map((r: { channel: string }) => r.channel).sort();
    expect(seen(alice.id)).toEqual(['EMAIL']);
    expect(seen(bob.id)).toEqual([]);
    expect(seen(carol.id)).toEqual(['EMAIL', 'IN_APP']);
    expect(rows.some((r: { recipient_id: string; kind: string }) => r.recipient_id === bob.id && r.kind === 'DIGEST')).toBe(true);
  });

  it('retries with backoff, dead-letters after the last attempt, and HR replays it', async () => {
    const { hr, alice } = await makeOrg(t.dataSource);
    const secret = 'dead-letter-secret-123';
    const hook = await startWebhookReceiver(secret);
    hook.status.code = 500;
    try {
      const config = testNotificationsConfig({ NOTIFY_MAX_ATTEMPTS: 3, NOTIFY_BACKOFF_BASE_MS: 1000, NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'ops', url: hook.url, secret }]) });
      await t.dataSource.query(`INSERT INTO notification_preference (employee_id, channels) VALUES ($1, '{WEBHOOK}')`, [alice.id]);
      await makeRecord(t.dataSource, { employeeId: alice.id, certificationId: (await makeCertification(t.dataSource)).id, expiresOn: TODAY });
      const kit = deliveryKit(t.dataSource, config, TODAY);
      await kit.planner.plan({ employeeIds: [alice.id] });
      const worker = kit.worker();
      const scope = { recipientIds: [alice.id] };
      expect(await worker.runOnce(scope)).toMatchObject({ claimed: 1, failed: 1 });
      expect(await worker.runOnce(scope)).toMatchObject({ claimed: 0 }); // backing off
      kit.advance(999);
      expect(await worker.runOnce(scope)).toMatchObject({ claimed: 0 });
      kit.advance(1);
      expect(await worker.runOnce(scope)).toMatchObject({ claimed: 1, failed: 1 });
      kit.advance(1999);
      expect(await worker.runOnce(scope)).toMatchObject({ claimed: 0 }); // second wait is twice as long
      kit.advance(1);
      expect(await worker.runOnce(scope)).toMatchObject({ claimed: 1, dead: 1 });
      kit.advance(3_600_000);
      expect(await worker.runOnce(scope)).toMatchObject({ claimed: 0 });

      const [row] = await deliveriesOf(t.dataSource, [alice.id]);
      const dl = `{ deadLetters(first: 200) { nodes { id state attempts lastError lastErrorCode lastErrorStatus channel reminderPoint } } }`;
      const listed = (await t.gql<Json>(dl, {}, t.token(hr.subject))).data.deadLetters.nodes.find((n: { id: string }) => n.id === row.id);
      expect(listed).toMatchObject({ state: 'DEAD', attempts: 3, channel: 'WEBHOOK:ops', reminderPoint: `ON_EXPIRY@${TODAY}`, lastErrorCode: 'RECEIVER_REFUSED', lastErrorStatus: 500 });
      expect(listed.lastError).toBe('Webhook ops answered HTTP 500');
      expect((await t.gql<Json>(dl, {}, t.token(alice.subject))).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const replay = `mutation($id: ID!) { replayDeadLetter(id: $id) { __typename ... on NotificationDelivery { state attempts } ... on DeliveryNotDeadError { errorCode field state } } }`;
      expect((await t.gql<Json>(replay, { id: row.id }, t.token(hr.subject))).data.replayDeadLetter).toEqual({ __typename: 'NotificationDelivery', state: 'PENDING', attempts: 0 });
      // Replaying it again (no longer DEAD) is a DeliveryNotDeadError result, audited REFUSED with its code.
      const again = await businessFailure(t, { query: replay, variables: { id: row.id }, token: t.token(hr.subject) }, 'replayDeadLetter');
      expect(again.result).toEqual({ __typename: 'DeliveryNotDeadError', errorCode: 'DELIVERY_NOT_DEAD', field: 'id', state: 'PENDING' });
      expect(again.entries).toEqual([expect.objectContaining({ outcome: 'REFUSED', actor_id: hr.id, entity_id: 'replayDeadLetter', detail: expect.objectContaining({ reason: 'DELIVERY_NOT_DEAD', target: { id: row.id } }) })]);
      hook.status.code = 200;
      kit.advance(1000);
      expect(await worker.drain(scope)).toMatchObject({ sent: 1 });
      expect(hook.received).toHaveLength(1);
      const [after] = await deliveriesOf(t.dataSource, [alice.id]);
      expect(after.state).toBe('SENT');
    } finally {
      await hook.close();
    }
  });

  it('serves a private iCalendar feed, a team feed for managers, and 404 once revoked', async () => {
    const { manager, alice, outsider, hr } = await makeOrg(t.dataSource);
    const cert = await makeCertification(t.dataSource, { name: `Cloud; Arch, ${Date.now()}` });
    const aliceRec = await makeRecord(t.dataSource, { employeeId: alice.id, certificationId: cert.id, expiresOn: '2031-09-30', windowOpensOn: '2031-08-01', graceEndsOn: '2031-10-14' });
    const outsiderRec = await makeRecord(t.dataSource, { employeeId: outsider.id, certificationId: cert.id, expiresOn: '2031-09-30' });
    const create = `mutation($s: CalendarFeedScope) { createMyCalendarFeed(scope: $s) { ... on CalendarFeed { url scope } ... on BusinessError { errorCode message field } } }`;
    const server = t.app.getHttpServer();
    const fetchFeed = (url: string) => request(server).get(new URL(url).pathname);
    const parse = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
        const e = new ICAL.Event(v);
        return { uid: e.uid, summary: e.summary, date: e.startDate.toString(), allDay: e.startDate.isDate };
      });

    const own = (await t.gql<Json>(create, {}, t.token(alice.subject))).data.createMyCalendarFeed;
    expect(own.scope).toBe('SELF');
    const res = await fetchFeed(own.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = parse(res.text);
    expect(events).toEqual(
      expect.arrayContaining([
        { uid: `${aliceRec}-window@skillpath`, summary: `${cert.name} renewal window opens`, date: '2031-08-01', allDay: true },
        { uid: `${aliceRec}-expiry@skillpath`, summary: `${cert.name} expires (renewal due)`, date: '2031-09-30', allDay: true },
        { uid: `${aliceRec}-grace-end@skillpath`, summary: `${cert.name} grace period ends`, date: '2031-10-14', allDay: true },
      ]),
    );
    expect(parse((await fetchFeed(own.url)).text).map((e) => e.uid)).toEqual(events.map((e) => e.uid));

    const team = (await t.gql<Json>(create, { s: 'TEAM' }, t.token(manager.subject))).data.createMyCalendarFeed;
    const teamUids = parse((await fetchFeed(team.url)).text).map((e) => e.uid);
    expect(teamUids).toContain(`${aliceRec}-expiry@skillpath`);
    expect(teamUids.some((u) => u.startsWith(outsiderRec))).toBe(false);
    const hrOwn = (await t.gql<Json>(create, {}, t.token(hr.subject))).data.createMyCalendarFeed;
    expect(parse((await fetchFeed(hrOwn.url)).text).some((e) => e.uid.startsWith(aliceRec))).toBe(false);

    // Without anyone reporting to you a TEAM feed is a NoReportingLineError result, audited REFUSED; no feed is made.
    const teamByEmployee = await businessFailure(t, { query: create, variables: { s: 'TEAM' }, token: t.token(alice.subject) }, 'createMyCalendarFeed');
    expect(teamByEmployee.result).toEqual({ errorCode: 'NO_REPORTING_LINE', message: 'A TEAM feed needs people reporting to you.', field: 'scope' });
    expect(teamByEmployee.entries).toEqual([expect.objectContaining({ outcome: 'REFUSED', actor_id: alice.id, entity_id: 'createMyCalendarFeed', detail: expect.objectContaining({ result: 'NoReportingLineError', reason: 'NO_REPORTING_LINE' }) })]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM calendar_feed_token WHERE employee_id = $1 AND scope = 'TEAM'`, [alice.id]))[0].n).toBe(0);

    expect((await t.gql<Json>(`mutation { revokeMyCalendarFeed }`, {}, t.token(alice.subject))).data.revokeMyCalendarFeed).toBe(1);
    expect((await fetchFeed(own.url)).status).toBe(404);
    expect((await fetchFeed(team.url)).status).toBe(200);
    expect((await request(server).get('/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).status).toBe(404);
  });
});
