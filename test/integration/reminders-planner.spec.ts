import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { makeEmployee, makeOrg } from '../support/factories';
import { deliveriesOf, deliveryKit, makeCertification, makeRecord, plusDays, testNotificationsConfig } from '../support/notification-fixtures';

const MONDAY = '2031-03-03';
const WEDNESDAY = '2031-03-05';

describe('reminder planner (set-based, idempotent)', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 4));
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  it('enqueues the default points (window opens, 30 and 7 days before, on expiry) of current records only, once', async () => {
    const config = testNotificationsConfig();
    const kit = deliveryKit(ds, config, WEDNESDAY);
    const people = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => makeEmployee(ds)));
    const cert = await makeCertification(ds);
    const [a, b, c, d, e, f, g] = people.map((p) => p.id);
    await makeRecord(ds, { employeeId: a, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 30) }); // 30 days before
    await makeRecord(ds, { employeeId: b, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 90), windowOpensOn: WEDNESDAY }); // window opens
    await makeRecord(ds, { employeeId: c, certificationId: cert.id, expiresOn: WEDNESDAY }); // on expiry
    await makeRecord(ds, { employeeId: d, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 10) }); // nothing due
    await makeRecord(ds, { employeeId: e, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 30), revoked: true }); // not current
    await makeRecord(ds, { employeeId: f, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 2), extendedUntil: plusDays(WEDNESDAY, 7) }); // extension is the deadline
    await makeRecord(ds, { employeeId: g, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 6) }); // 7 days before was yesterday: caught up

    const ids = people.map((p) => p.id);
    const first = await kit.planner.plan({ employeeIds: ids });
    expect(first.digests).toBe(0);
    const rows = await deliveriesOf(ds, ids);
    const points = rows.map((r: { recipient_id: string; reminder_point: string; channel: string }) => `${ids.indexOf(r.recipient_id)}:${r.reminder_point}:${r.channel}`).sort();
    expect(points).toEqual(
      [
        `0:DAYS_BEFORE_30@${WEDNESDAY}:IN_APP`,
        `1:WINDOW_OPENS@${WEDNESDAY}:IN_APP`,
        `2:ON_EXPIRY@${WEDNESDAY}:IN_APP`,
        `5:DAYS_BEFORE_7@${WEDNESDAY}:IN_APP`,
        `6:DAYS_BEFORE_7@${plusDays(WEDNESDAY, -1)}:IN_APP`,
      ].sort(),
    );
    expect(first.reminders).toBe(5);
    const payload = rows.find((r: { recipient_id: string }) => r.recipient_id === a).payload;
    expect(payload).toMatchObject({ certification: cert.name, deadline: plusDays(WEDNESDAY, 30), estimatedHours: 12, payoff: 'cloud pay step' });

    expect((await kit.planner.plan({ employeeIds: ids })).reminders).toBe(0);
    expect(await deliveriesOf(ds, ids)).toHaveLength(5);
  });

  it("follows a certification's own schedule (days before, manager copy) and each recipient's channels", async () => {
    const config = testNotificationsConfig({ SMTP_URL: 'smtp://127.0.0.1:1', NOTIFICATION_WEBHOOKS: JSON.stringify([{ name: 'ops', url: 'http://127.0.0.1:1/a', secret: 'a-secret-of-16-chars' }, { name: 'hr', url: 'http://127.0.0.1:1/b', secret: 'b-secret-of-16-chars' }]) });
    const kit = deliveryKit(ds, config, WEDNESDAY);
    const manager = await makeEmployee(ds, { roles: ['MANAGER'] });
    const holder = await makeEmployee(ds, { managerId: manager.id });
    const cert = await makeCertification(ds);
    await ds.query(`INSERT INTO certification_reminder_schedule (certification_id, on_window_open, days_before, on_expiry, notify_manager) VALUES ($1, false, '{14}', false, true)`, [cert.id]);
    await ds.query(`INSERT INTO notification_preference (employee_id, channels, quiet_digest) VALUES ($1, '{IN_APP,WEBHOOK}', false)`, [holder.id]);
    await makeRecord(ds, { employeeId: holder.id, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 14), windowOpensOn: WEDNESDAY });
    const other = await makeRecord(ds, { employeeId: (await makeEmployee(ds, { managerId: manager.id })).id, certificationId: cert.id, expiresOn: plusDays(WEDNESDAY, 30) });

    await kit.planner.plan({ employeeIds: [holder.id] });
    const rows = (await deliveriesOf(ds, [holder.id, manager.id])).filter((r: { kind: string }) => r.kind === 'REMINDER');
    const seen = rows.map((r: { recipient_id: string; reminder_point: string; channel: string }) => `${r.recipient_id === holder.id ? 'holder' : 'manager'}:${r.reminder_point}:${r.channel}`).sort();
    expect(seen).toEqual(
      [
        `holder:DAYS_BEFORE_14@${WEDNESDAY}:IN_APP`,
        `holder:DAYS_BEFORE_14@${WEDNESDAY}:WEBHOOK:hr`,
        `holder:DAYS_BEFORE_14@${WEDNESDAY}:WEBHOOK:ops`,
        `manager:DAYS_BEFORE_14@${WEDNESDAY}:EMAIL`,
        `manager:DAYS_BEFORE_14@${WEDNESDAY}:IN_APP`,
      ].sort(),
    );
    expect(rows.find((r: { recipient_id: string }) => r.recipient_id === manager.id).payload.forManager).toBe(true);
    expect(rows.some((r: { record_id: string }) => r.record_id === other)).toBe(false);
  });

  it('sends a quiet-digest person no individual reminder, and each manager one digest per ISO week of the reporting line', async () => {
    const config = testNotificationsConfig();
    const org = await makeOrg(ds);
    const cert = await makeCertification(ds);
    await ds.query(`INSERT INTO notification_preference (employee_id, channels, quiet_digest) VALUES ($1, '{IN_APP}', true)`, [org.bob.id]);
    const aliceRec = await makeRecord(ds, { employeeId: org.alice.id, certificationId: cert.id, expiresOn: plusDays(MONDAY, 30) }); // due (window open)
    const bobRec = await makeRecord(ds, { employeeId: org.bob.id, certificationId: cert.id, expiresOn: plusDays(MONDAY, -3) }); // overdue
    const outsiderRec = await makeRecord(ds, { employeeId: org.outsider.id, certificationId: cert.id, expiresOn: plusDays(MONDAY, 30) });
    const scope = [org.alice.id, org.bob.id, org.outsider.id];

    const monday = await deliveryKit(ds, config, MONDAY).planner.plan({ employeeIds: scope });
    const rows = await deliveriesOf(ds, [org.alice.id, org.bob.id, org.manager.id, org.director.id, org.otherManager.id]);
    const digests = rows.filter((r: { kind: string }) => r.kind === 'DIGEST');
    const byRecipient = (id: string) => digests.filter((r: { recipient_id: string }) => r.recipient_id === id);
    expect(byRecipient(org.manager.id)).toHaveLength(1);
    expect(byRecipient(org.director.id)).toHaveLength(1);
    expect(byRecipient(org.bob.id)).toHaveLength(1);
    expect(byRecipient(org.otherManager.id)).toHaveLength(1);
    const managerItems = byRecipient(org.manager.id)[0].payload.items.map((i: { recordId: string }) => i.recordId).sort();
    expect(managerItems).toEqual([aliceRec, bobRec].sort());
    expect(managerItems).not.toContain(outsiderRec);
    expect(byRecipient(org.manager.id)[0].payload).toMatchObject({ week: '2031-W10', total: 2, overdue: 1 });
    expect(byRecipient(org.bob.id)[0].payload.items.map((i: { recordId: string }) => i.recordId)).toEqual([bobRec]);
    expect(rows.filter((r: { kind: string; recipient_id: string }) => r.kind === 'REMINDER' && r.recipient_id === org.bob.id)).toHaveLength(0);
    expect(monday.digests).toBeGreaterThanOrEqual(4);

    expect((await deliveryKit(ds, config, WEDNESDAY).planner.plan({ employeeIds: scope })).digests).toBe(0);
    expect((await deliveryKit(ds, config, '2031-03-10').planner.plan({ employeeIds: scope })).digests).toBe(digests.length);
  });
});
