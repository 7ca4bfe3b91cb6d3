import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { emptyDatabase } from '../support/empty-database';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { EmailCaseInsensitive1796397314949 } from '../../migrations/1796397314949-EmailCaseInsensitive';

describe('migration EmailCaseInsensitive', () => {
  it('keeps the oldest active employee\'s email, marks the other case-duplicates, audits each rewrite, then refuses a new one', async () => {
    const db = await emptyDatabase();
    const upTo = ALL_MIGRATIONS.indexOf(EmailCaseInsensitive1796397314949);
    const before = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS.slice(0, upTo), 1));
    const after = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    try {
      await before.initialize();
      await before.runMigrations({ transaction: 'each' });
      const add = async (email: string, status: string, created: string): Promise<string> =>
        (await before.query(`INSERT INTO employee (first_name, last_name, email, status, created_at, version) VALUES ('Maya', 'Lopez', $1, $2, $3, 1) RETURNING id`, [email, status, created]))[0].id;
      const terminatedOldest = await add('maya.lopez@example.test', 'TERMINATED', '2020-01-01');
      const keeper = await add('Maya.Lopez@example.test', 'ACTIVE', '2021-01-01');
      const newer = await add('MAYA.LOPEZ@example.test', 'ACTIVE', '2022-01-01');
      const alone = await add('someone@example.test', 'ACTIVE', '2022-01-01');
      await before.destroy();
      await after.initialize();
      await after.runMigrations({ transaction: 'each' });
      const emails = new Map((await after.query(`SELECT id, email FROM employee`)).map((r: { id: string; email: string }) => [r.id, r.email]));
      expect(emails.get(keeper)).toBe('Maya.Lopez@example.test');
      expect(emails.get(alone)).toBe('someone@example.test');
      const mark = (id: string, email: string) => `${email}.duplicate-${id.replace(/-/g, '').slice(0, 12)}.invalid`;
      expect(emails.get(terminatedOldest)).toBe(mark(terminatedOldest, 'maya.lopez@example.test'));
      expect(emails.get(newer)).toBe(mark(newer, 'MAYA.LOPEZ@example.test'));
      const audit = await after.query(`SELECT entity_id, actor_kind, action, before, after FROM audit_entry WHERE action = 'deduplicateEmployeeEmail' ORDER BY entity_id`);
      expect(audit).toEqual(
        [terminatedOldest, newer].sort().map((id) => ({
          entity_id: id, actor_kind: 'SYSTEM', action: 'deduplicateEmployeeEmail', before: { email: id === newer ? 'MAYA.LOPEZ@example.test' : 'maya.lopez@example.test' },
          after: expect.objectContaining({ email: emails.get(id) }),
        })),
      );
      await expect(after.query(`INSERT INTO employee (first_name, last_name, email, version) VALUES ('A', 'B', 'SOMEONE@example.test', 1)`)).rejects.toMatchObject({ code: '23505' });
    } finally {
      if (before.isInitialized) await before.destroy();
      if (after.isInitialized) await after.destroy();
      await db.drop();
    }
  });
});
