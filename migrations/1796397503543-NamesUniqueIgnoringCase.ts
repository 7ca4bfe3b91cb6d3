import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose names become unique trimmed and ignoring case, with the index each gets. */
const NAMED = [
  ['job_role', 'UQ_job_role_name_key'],
  ['certification', 'UQ_certification_name_key'],
  ['incentive_rule', 'UQ_incentive_rule_name_key'],
] as const;

/**
 * Existing names are made to fit without losing anything: surrounding spaces are trimmed, a blank
 * name becomes "Unnamed", and among names equal ignoring case the oldest row keeps its name while
 * each later one gets " (<first 8 characters of its id>)" appended, so HR can rename or retire it.
 * No row is merged or deleted: people, paths, records and awards keep pointing where they did.
 */
export async function makeNamesUnique(q: QueryRunner, table: string): Promise<void> {
  await q.query(`UPDATE "${table}" SET "name" = btrim("name") WHERE "name" <> btrim("name")`);
  await q.query(`UPDATE "${table}" SET "name" = 'Unnamed' WHERE "name" = ''`);
  await q.query(
    `UPDATE "${table}" t SET "name" = t."name" || ' (' || left(t."id"::text, 8) || ')'
       FROM (SELECT "id", row_number() OVER (PARTITION BY lower("name") ORDER BY "created_at", "id") AS n FROM "${table}") r
      WHERE r."id" = t."id" AND r.n > 1`,
  );
}

export class NamesUniqueIgnoringCase1796397503543 implements MigrationInterface {
  name = 'NamesUniqueIgnoringCase1796397503543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_1ecf04a020f2ad4008c8f62de1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12307ef97a24733998a265f469"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_631fb288d9e9b26ef4a7e948c9"`);
    await queryRunner.query(`ALTER TABLE "job_role" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "incentive_rule" ADD "amount_recurrence" text`);
    // Made explicit: a pay step is a raise paid every period, a bonus is paid once.
    await queryRunner.query(`UPDATE "incentive_rule" SET "amount_recurrence" = CASE "kind" WHEN 'PAY_STEP' THEN 'RECURRING' ELSE 'ONE_OFF' END WHERE "kind" IN ('PAY_STEP','BONUS')`);
    await queryRunner.query(`ALTER TABLE "incentive_rule" ADD CONSTRAINT "CHK_1579a0dc9503ce3690968c53e5" CHECK (("amount_recurrence" IS NULL) = ("kind" NOT IN ('PAY_STEP','BONUS')) AND ("amount_recurrence" IS NULL OR "amount_recurrence" IN ('ONE_OFF','RECURRING')))`);
    for (const [table, index] of NAMED) {
      await makeNamesUnique(queryRunner, table);
      await queryRunner.query(`CREATE UNIQUE INDEX "${index}" ON "${table}" (lower(btrim("name")))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [, index] of NAMED) await queryRunner.query(`DROP INDEX "public"."${index}"`);
    await queryRunner.query(`ALTER TABLE "incentive_rule" DROP CONSTRAINT "CHK_1579a0dc9503ce3690968c53e5"`);
    await queryRunner.query(`ALTER TABLE "incentive_rule" DROP COLUMN "amount_recurrence"`);
    await queryRunner.query(`ALTER TABLE "job_role" DROP COLUMN "retired_at"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_631fb288d9e9b26ef4a7e948c9" ON "incentive_rule" ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_12307ef97a24733998a265f469" ON "certification" ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ecf04a020f2ad4008c8f62de1" ON "job_role" ("name") `);
  }
}
