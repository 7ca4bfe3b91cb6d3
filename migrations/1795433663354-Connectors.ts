import { MigrationInterface, QueryRunner } from 'typeorm';

export class Connectors1795433663354 implements MigrationInterface {
  name = 'Connectors1795433663354';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "connector" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "name" text NOT NULL, "schedule" text, "enabled" boolean NOT NULL DEFAULT true, "settings" jsonb NOT NULL DEFAULT '{}', "secrets_sealed" text, "push_token_hash" text, "cursor" text, CONSTRAINT "PK_6c5a19153f8f3074f2836a2b082" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6bd5e67cb97f425e5f8b397025" ON "connector" ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d8c0416854975ab20db1321720" ON "connector" ("push_token_hash") WHERE "push_token_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "sync_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "connector_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "mode" text NOT NULL, "dry_run" boolean NOT NULL DEFAULT false, "cursor" text, "next_cursor" text, "created" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "deactivated" integer NOT NULL DEFAULT '0', "reactivated" integer NOT NULL DEFAULT '0', "failed" integer NOT NULL DEFAULT '0', "error_message" text, "diff" jsonb, CONSTRAINT "CHK_c3b443954dcdec13f963ffe0d0" CHECK ("status" IN ('RUNNING','SUCCEEDED','FAILED','ABORTED')), CONSTRAINT "PK_ab1387853fd86ea904a21058b01" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_799ec055d83fd392f35c17928e" ON "sync_run" ("connector_id", "started_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_sync_run_running" ON "sync_run" ("connector_id") WHERE "status" = 'RUNNING'`);
    await queryRunner.query(`CREATE TABLE "sync_error" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "connector_id" uuid NOT NULL, "run_id" uuid, "external_id" text, "line" integer, "field" text, "message" text NOT NULL, "payload" jsonb, CONSTRAINT "PK_fc93d253e9803fee2749a3806ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b0e2c1764023ec3d35eb6a8e82" ON "sync_error" ("connector_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ac8d1f626fa6fdd754129d0474" ON "sync_error" ("run_id") `);
    await queryRunner.query(`CREATE TABLE "external_ref" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "connector_id" uuid NOT NULL, "entity" text NOT NULL, "external_id" text NOT NULL, "internal_id" uuid NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "manager_pending" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_4cb3a3bb07d800fcf834ec834fc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a38625b047088bc476c5324ab7" ON "external_ref" ("connector_id", "entity") WHERE "manager_pending"`);
    await queryRunner.query(`CREATE INDEX "IDX_849f270b87454861c0c85568d5" ON "external_ref" ("entity", "internal_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6ff8282c72892e2e33028747ac" ON "external_ref" ("connector_id", "entity", "external_id") `);
    await queryRunner.query(`CREATE TABLE "metric_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" text NOT NULL, "name" text NOT NULL, "unit" text, "higher_is_better" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_319d03d7fb12ec73f41958402fd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_07d7d60553e153ffbf39eddeab" ON "metric_definition" ("key") `);
    await queryRunner.query(`CREATE TABLE "metric_observation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "metric_id" uuid NOT NULL, "period" text NOT NULL, "period_start" date NOT NULL, "value" double precision NOT NULL, "source_connector_id" uuid, CONSTRAINT "CHK_32e66dedbba02a1c7174b5e667" CHECK ("period" IN ('WEEK','MONTH')), CONSTRAINT "PK_1378531761e78e1c495a7e81aed" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_79c38538b7c546ec01ce6acb2b" ON "metric_observation" ("metric_id", "period_start") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e5d86cc7d48c353ce61d866f22" ON "metric_observation" ("employee_id", "metric_id", "period", "period_start") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e5d86cc7d48c353ce61d866f22"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79c38538b7c546ec01ce6acb2b"`);
    await queryRunner.query(`DROP TABLE "metric_observation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07d7d60553e153ffbf39eddeab"`);
    await queryRunner.query(`DROP TABLE "metric_definition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ff8282c72892e2e33028747ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_849f270b87454861c0c85568d5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a38625b047088bc476c5324ab7"`);
    await queryRunner.query(`DROP TABLE "external_ref"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac8d1f626fa6fdd754129d0474"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0e2c1764023ec3d35eb6a8e82"`);
    await queryRunner.query(`DROP TABLE "sync_error"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sync_run_running"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_799ec055d83fd392f35c17928e"`);
    await queryRunner.query(`DROP TABLE "sync_run"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8c0416854975ab20db1321720"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bd5e67cb97f425e5f8b397025"`);
    await queryRunner.query(`DROP TABLE "connector"`);
  }
}
