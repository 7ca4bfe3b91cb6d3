import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiGaps1796397564693 implements MigrationInterface {
  name = 'ApiGaps1796397564693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_2f35f79e86cbc55f1e1c8be808"`);
    await queryRunner.query(`ALTER TABLE "playbook_run" DROP CONSTRAINT "CHK_7fd9b8ffc6ada9ee557fe5f78b"`);
    await queryRunner.query(`ALTER TABLE "path_assignment" ADD "ended_on" date`);
    await queryRunner.query(`ALTER TABLE "path_assignment" ADD "end_reason" text`);
    await queryRunner.query(`ALTER TABLE "path_assignment" ADD "ended_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "event_key" text`);
    await queryRunner.query(`ALTER TABLE "playbook_run" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "playbook_run" ADD "cancelled_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "playbook_run" ADD "cancel_reason" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_abe6db2327d1987cec222b648d" ON "path_assignment" ("employee_id", "path_id") WHERE "ended_on" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_afc8b5dbc9948cce379dfac430" ON "notification" ("recipient_id", "event_key") WHERE "event_key" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "playbook_run" ADD CONSTRAINT "CHK_601e263a0d9d565b87fe3afd9d" CHECK (("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "playbook_run" ADD CONSTRAINT "CHK_f55bdd3973ce54a3b8097440d9" CHECK ("status" IN ('OPEN','COMPLETED','CANCELLED'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "playbook_run" DROP CONSTRAINT "CHK_f55bdd3973ce54a3b8097440d9"`);
    await queryRunner.query(`ALTER TABLE "playbook_run" DROP CONSTRAINT "CHK_601e263a0d9d565b87fe3afd9d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afc8b5dbc9948cce379dfac430"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abe6db2327d1987cec222b648d"`);
    await queryRunner.query(`ALTER TABLE "playbook_run" DROP COLUMN "cancel_reason"`);
    await queryRunner.query(`ALTER TABLE "playbook_run" DROP COLUMN "cancelled_by_id"`);
    await queryRunner.query(`ALTER TABLE "playbook_run" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "event_key"`);
    await queryRunner.query(`ALTER TABLE "path_assignment" DROP COLUMN "ended_by_id"`);
    await queryRunner.query(`ALTER TABLE "path_assignment" DROP COLUMN "end_reason"`);
    await queryRunner.query(`ALTER TABLE "path_assignment" DROP COLUMN "ended_on"`);
    await queryRunner.query(`ALTER TABLE "playbook_run" ADD CONSTRAINT "CHK_7fd9b8ffc6ada9ee557fe5f78b" CHECK ((status = ANY (ARRAY['OPEN'::text, 'COMPLETED'::text])))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2f35f79e86cbc55f1e1c8be808" ON "path_assignment" ("employee_id", "path_id") `);
  }
}
