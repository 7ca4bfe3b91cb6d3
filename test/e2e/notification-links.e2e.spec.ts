import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { deliveryKit, makeCertification, makeRecord, plusDays, testNotificationsConfig } from '../support/notification-fixtures';

const TODAY = '2031-08-12';
const INBOX = `{ myNotifications { nodes { title body link } } }`;
const RECORD = `query($id: ID!) { certificationRecord(id: $id) { daysLeft } }`;
const FEED = `mutation { createMyCalendarFeed { ... on CalendarFeed { url } } }`;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('reminder wording and links; the public base URL of feeds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ORG_TIME_ZONE: 'UTC', PORT: '4711' }, new FixedClock(DateTime.fromISO(`${plusDays(TODAY, 1)}T12:00:00Z`)));
  });
  afterAll(() => t.close());

  it('a 7-days reminder delivered a day late says 6 days, as daysLeft does, and links to the record on the certifications page', async () => {
    const { alice } = await makeOrg(t.dataSource);
    const cert = await makeCertification(t.dataSource);
    const recordId = await makeRecord(t.dataSource, { employeeId: alice.id, certificationId: cert.id, expiresOn: plusDays(TODAY, 7) });
    const kit = deliveryKit(t.dataSource, testNotificationsConfig(), TODAY);
    await kit.planner.plan({ employeeIds: [alice.id] });
    kit.advance(24 * 3600_000);
    await kit.worker().drain({ recipientIds: [alice.id] });
    const daysLeft = (await t.gql<Any>(RECORD, { id: recordId }, t.token(alice.subject))).data.certificationRecord.daysLeft;
    expect(daysLeft).toBe(6);
    const [notice] = (await t.gql<Any>(INBOX, {}, t.token(alice.subject))).data.myNotifications.nodes;
    expect(notice.body).toBe(`${cert.name} expires on ${plusDays(TODAY, 7)} (6 days). Renewal: ~12 h. Keeps: cloud pay step.`);
    expect(notice.link).toBe(`/certifications/records/${recordId}`);
  });

  it('the calendar feed URL names the port actually served when PUBLIC_BASE_URL is unset, and PUBLIC_BASE_URL when set', async () => {
    const { alice } = await makeOrg(t.dataSource);
    const url = (await t.gql<Any>(FEED, {}, t.token(alice.subject))).data.createMyCalendarFeed.url;
    expect(url).toMatch(/^http:\/\/localhost:4711\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const other = await startTestApp({ PUBLIC_BASE_URL: 'https://skillpath.example.com/' });
    try {
      const public_ = (await other.gql<Any>(FEED, {}, other.token(alice.subject))).data.createMyCalendarFeed.url;
      expect(public_).toMatch(/^https:\/\/skillpath\.example\.com\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    } finally {
      await other.close();
    }
  });
});
