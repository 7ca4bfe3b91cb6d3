import { MigrationInterface, QueryRunner } from 'typeorm';

export class Snapshots1795435649734 implements MigrationInterface {
  name = 'Snapshots1795435649734';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "employee_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "kind" text NOT NULL, "taken_on" date NOT NULL, "period_month" date, "content" jsonb NOT NULL, "taken_by_id" uuid, CONSTRAINT "CHK_073ffe20a67fd38b4fcc52e917" CHECK (("kind" = 'MONTHLY') = ("period_month" IS NOT NULL)), CONSTRAINT "CHK_eea26a39689abbb9bd687b31ed" CHECK ("kind" IN ('MONTHLY','ON_DEMAND')), CONSTRAINT "PK_10452800970cf32d58004fe6221" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_employee_snapshot_day" ON "employee_snapshot" ("employee_id", "assignment_id", "taken_on") WHERE "kind" = 'ON_DEMAND'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_employee_snapshot_month" ON "employee_snapshot" ("employee_id", "assignment_id", "period_month") WHERE "kind" = 'MONTHLY'`);
    await queryRunner.query(`CREATE INDEX "IDX_0e41b489b13276d506ef4fea53" ON "employee_snapshot" ("employee_id", "taken_on") `);
    await queryRunner.query(`CREATE TABLE "opportunity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "created_by_id" uuid NOT NULL, CONSTRAINT "CHK_08a89b9bb3f11d46dd5405aae7" CHECK ("kind" IN ('PROJECT','INTERNAL_GIG','COMMUNITY_OF_PRACTICE')), CONSTRAINT "PK_085fd6d6f4765325e6c16163568" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "opportunity_requirement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opportunity_id" uuid NOT NULL, "path_level_id" uuid, "certification_id" uuid, CONSTRAINT "CHK_7dd0a25659d8c41c08ddf91b23" CHECK (("path_level_id" IS NULL) <> ("certification_id" IS NULL)), CONSTRAINT "PK_f089b9998a9cf6aa51267f3127b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7f9e62477890e7cffdad0f7d9f" ON "opportunity_requirement" ("opportunity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c455fcc8cd73ea2d4f37ddd3d" ON "opportunity_requirement" ("path_level_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c083abe2ef01103ea43f204b2" ON "opportunity_requirement" ("certification_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_06c9a8ffd119bb6b1d3dfa2728" ON "opportunity_requirement" ("opportunity_id", "certification_id") WHERE "certification_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7d7e6ace8dd88b7b31423bbfb8" ON "opportunity_requirement" ("opportunity_id", "path_level_id") WHERE "path_level_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "employee_snapshot" ADD CONSTRAINT "FK_cc8477bbe3ae84ba9837dbf0d93" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_requirement" ADD CONSTRAINT "FK_7f9e62477890e7cffdad0f7d9f4" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_requirement" ADD CONSTRAINT "FK_3c455fcc8cd73ea2d4f37ddd3d6" FOREIGN KEY ("path_level_id") REFERENCES "path_level"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunity_requirement" ADD CONSTRAINT "FK_0c083abe2ef01103ea43f204b2d" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "opportunity_requirement" DROP CONSTRAINT "FK_0c083abe2ef01103ea43f204b2d"`);
    await queryRunner.query(`ALTER TABLE "opportunity_requirement" DROP CONSTRAINT "FK_3c455fcc8cd73ea2d4f37ddd3d6"`);
    await queryRunner.query(`ALTER TABLE "opportunity_requirement" DROP CONSTRAINT "FK_7f9e62477890e7cffdad0f7d9f4"`);
    await queryRunner.query(`ALTER TABLE "employee_snapshot" DROP CONSTRAINT "FK_cc8477bbe3ae84ba9837dbf0d93"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d7e6ace8dd88b7b31423bbfb8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06c9a8ffd119bb6b1d3dfa2728"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c083abe2ef01103ea43f204b2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c455fcc8cd73ea2d4f37ddd3d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f9e62477890e7cffdad0f7d9f"`);
    await queryRunner.query(`DROP TABLE "opportunity_requirement"`);
    await queryRunner.query(`DROP TABLE "opportunity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e41b489b13276d506ef4fea53"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_employee_snapshot_month"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_employee_snapshot_day"`);
    await queryRunner.query(`DROP TABLE "employee_snapshot"`);
  }
}
