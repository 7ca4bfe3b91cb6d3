import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795433535788 implements MigrationInterface {
  name = 'Notifications1795433535788';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "certification_reminder_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "certification_id" uuid NOT NULL, "on_window_open" boolean NOT NULL DEFAULT true, "days_before" integer array NOT NULL DEFAULT '{30,7}', "on_expiry" boolean NOT NULL DEFAULT true, "notify_manager" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ffce80e95f4f661d28110ef4a34" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3a38b7f3e0648edaf2d39992ea" ON "certification_reminder_schedule" ("certification_id") `);
    await queryRunner.query(`CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "record_id" uuid, "reminder_point" text NOT NULL, "channel" text NOT NULL, "recipient_id" uuid NOT NULL, "payload" jsonb NOT NULL, "state" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_by" text, "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_5c0d811fd255fad370fd2b1e97" CHECK ("kind" IN ('REMINDER','DIGEST')), CONSTRAINT "CHK_4e68d6f4e84a526f851319303f" CHECK ("state" IN ('PENDING','SENT','FAILED','DEAD')), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aa84c67edc889840c6c945753f" ON "notification_delivery" ("recipient_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_notification_delivery_dead" ON "notification_delivery" ("updated_at") WHERE "state" = 'DEAD'`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_delivery_due" ON "notification_delivery" ("next_attempt_at") WHERE "state" IN ('PENDING','FAILED')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_delivery_digest" ON "notification_delivery" ("reminder_point", "channel", "recipient_id") WHERE "record_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_delivery_reminder" ON "notification_delivery" ("record_id", "reminder_point", "channel", "recipient_id") WHERE "record_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "read_at" TIMESTAMP WITH TIME ZONE, "delivery_id" uuid, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8b6d9ee0a0d61658440d58e41a" ON "notification" ("delivery_id") WHERE "delivery_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_d34aa77b1cb788d36b3f750794" ON "notification" ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "channels" text array NOT NULL, "quiet_digest" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ba8d816b10f3dcfcd2e71ce5776" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f190ec096c4ca85c5d40b4ec69" ON "notification_preference" ("employee_id") `);
    await queryRunner.query(`CREATE TABLE "calendar_feed_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "token_hash" text NOT NULL, "scope" text NOT NULL DEFAULT 'SELF', "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_1a4a59de554e708d3c33277400" CHECK ("scope" IN ('SELF','TEAM')), CONSTRAINT "PK_e016889d5c740abfa7277e0431b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7da8331b43336e1cbd7ac53dac" ON "calendar_feed_token" ("employee_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_da3743af69f31ffd278f363bce" ON "calendar_feed_token" ("token_hash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_da3743af69f31ffd278f363bce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7da8331b43336e1cbd7ac53dac"`);
    await queryRunner.query(`DROP TABLE "calendar_feed_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f190ec096c4ca85c5d40b4ec69"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d34aa77b1cb788d36b3f750794"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b6d9ee0a0d61658440d58e41a"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notification_delivery_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notification_delivery_digest"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_delivery_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_delivery_dead"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa84c67edc889840c6c945753f"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a38b7f3e0648edaf2d39992ea"`);
    await queryRunner.query(`DROP TABLE "certification_reminder_schedule"`);
  }
}
