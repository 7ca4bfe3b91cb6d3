import { EmailCaseInsensitive1796397314949 } from '../../migrations/1796397314949-EmailCaseInsensitive';
import { migrateAfterSeed } from '../support/migration-fixture';

describe('migration EmailCaseInsensitive', () => {
  it('keeps the oldest active employee\'s email, marks the other case-duplicates, audits each rewrite, then refuses a new one', async () => {
    const ids: Record<string, string> = {};
    await migrateAfterSeed(
      EmailCaseInsensitive1796397314949,
      async (before) => {
        const add = async (key: string, email: string, status: string, created: string) => {
          ids[key] = (await before.query(`INSERT INTO employee (first_name, last_name, email, status, created_at, version) VALUES ('Maya', 'Lopez', $1, $2, $3, 1) RETURNING id`, [email, status, created]))[0].id;
        };
        await add('terminatedOldest', 'maya.lopez@example.test', 'TERMINATED', '2020-01-01');
        await add('keeper', 'Maya.Lopez@example.test', 'ACTIVE', '2021-01-01');
        await add('newer', 'MAYA.LOPEZ@example.test', 'ACTIVE', '2022-01-01');
        await add('alone', 'someone@example.test', 'ACTIVE', '2022-01-01');
      },
      async (after) => {
        const emails = new Map((await after.query(`SELECT id, email FROM employee`)).map((r: { id: string; email: string }) => [r.id, r.email]));
        const mark = (id: string, email: string) => `${email}.duplicate-${id.replace(/-/g, '').slice(0, 12)}.invalid`;
        expect([ids.keeper, ids.alone, ids.terminatedOldest, ids.newer].map((id) => emails.get(id))).toEqual([
          'Maya.Lopez@example.test', 'someone@example.test', mark(ids.terminatedOldest, 'maya.lopez@example.test'), mark(ids.newer, 'MAYA.LOPEZ@example.test'),
        ]);
        const audit = await after.query(`SELECT entity_id, actor_kind, before, after FROM audit_entry WHERE action = 'deduplicateEmployeeEmail' ORDER BY entity_id`);
        const expected = { [ids.terminatedOldest]: 'maya.lopez@example.test', [ids.newer]: 'MAYA.LOPEZ@example.test' };
        expect(audit).toEqual(
          Object.keys(expected).sort().map((id) => ({ entity_id: id, actor_kind: 'SYSTEM', before: { email: expected[id] }, after: expect.objectContaining({ email: emails.get(id) }) })),
        );
        await expect(after.query(`INSERT INTO employee (first_name, last_name, email, version) VALUES ('A', 'B', 'SOMEONE@example.test', 1)`)).rejects.toMatchObject({ code: '23505' });
      },
    );
  });
});
