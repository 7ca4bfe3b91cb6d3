import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employee emails become unique case-insensitively (a unique index on lower(email)); written by hand, the entity
 * declares the index with synchronize: false.
 *
 * Existing case-duplicates (MAYA.LOPEZ@… beside maya.lopez@…) do not stop the upgrade: the migration keeps the
 * email of the oldest employee that is not TERMINATED (else the oldest) and gives each other one a unique, clearly
 * marked address that can never receive mail: the original address followed by `.duplicate-<12 hex of the id>.invalid`
 * (RFC 2606 reserves .invalid). Nothing else of those people changes (their records, history and links stay), and
 * each rewrite is in the audit log (action deduplicateEmployeeEmail, actor SYSTEM, before and after the email), so
 * HR can find them and merge, correct or retire them.
 */
export class EmailCaseInsensitive1796397314949 implements MigrationInterface {
  name = 'EmailCaseInsensitive1796397314949';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `WITH ranked AS (
         SELECT id, email, row_number() OVER (PARTITION BY lower(email) ORDER BY status = 'TERMINATED', created_at, id) AS n FROM "employee"
       ), rewritten AS (
         UPDATE "employee" e SET email = r.email || '.duplicate-' || left(replace(r.id::text, '-', ''), 12) || '.invalid', version = e.version + 1, updated_at = now()
           FROM ranked r WHERE e.id = r.id AND r.n > 1
         RETURNING e.id, r.email AS before, e.email AS after
       )
       INSERT INTO "audit_entry" (actor_kind, action, entity_type, entity_id, outcome, before, after)
       SELECT 'SYSTEM', 'deduplicateEmployeeEmail', 'Employee', id::text, 'OK', jsonb_build_object('email', before),
              jsonb_build_object('email', after, 'reason', 'Another employee has the same email in another case; emails are unique case-insensitively')
         FROM rewritten`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_817d1d427138772d47eca04885"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_employee_email_lower" ON "employee" (lower("email"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_employee_email_lower"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_817d1d427138772d47eca04885" ON "employee" ("email") `);
  }
}
