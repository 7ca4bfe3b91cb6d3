import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certifications1795433427153 implements MigrationInterface {
  name = 'Certifications1795433427153';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "issuer" text NOT NULL, "description" text, "validity_amount" integer, "validity_unit" text, "renewal_window_amount" integer, "renewal_window_unit" text, "grace_period_days" integer NOT NULL DEFAULT '0', "expiry_base" text NOT NULL DEFAULT 'FROM_COMPLETION', "anchor_month" integer, "anchor_day" integer, "min_active_amount" integer, "min_active_unit" text, "cost_amount" numeric(12,2), "cost_currency" text, "estimated_hours" numeric(6,1), "study_guide_url" text, "renewal_requirements" text, "payoff" text, CONSTRAINT "CHK_af00ab9480e091cf4c4f24c28f" CHECK ("grace_period_days" >= 0), CONSTRAINT "CHK_8cd3fd683c5bf269a1f5f6dd6a" CHECK ("expiry_base" IN ('FROM_COMPLETION','FROM_EXPIRY','FIXED_CYCLE')), CONSTRAINT "CHK_bfc44e3fbb4ce55a06f8db74b9" CHECK ("min_active_unit" IS NULL OR "min_active_unit" IN ('DAYS','MONTHS','YEARS')), CONSTRAINT "CHK_6e9fbb0485b9d11446aaba4fee" CHECK ("renewal_window_unit" IS NULL OR "renewal_window_unit" IN ('DAYS','MONTHS')), CONSTRAINT "CHK_568d0b8d3a4c50aeeb541615f7" CHECK ("validity_unit" IS NULL OR "validity_unit" IN ('DAYS','MONTHS','YEARS')), CONSTRAINT "PK_a7364bd3e4a407f67d8165b820c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_12307ef97a24733998a265f469" ON "certification" ("name") `);
    await queryRunner.query(`CREATE TABLE "certification_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "certification_id" uuid NOT NULL, "earned_on" date NOT NULL, "expires_on" date, "window_opens_on" date, "grace_ends_on" date, "extended_until" date, "extension_reason" text, "extended_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" text, "revoked_by" uuid, "renews_id" uuid, "superseded_by_id" uuid, "credential_id" text, "credential_url" text, "evidence_url" text, CONSTRAINT "PK_cbaff3ec0e20026ea3aa77a24d4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_926c47ac78598fdf61923dc477" ON "certification_record" ("employee_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e41f9284538078f38892a796d9" ON "certification_record" ("certification_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e2995e70568ae4893e8e042db3" ON "certification_record" ("expires_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_certification_record_current" ON "certification_record" ("employee_id", "certification_id") WHERE "superseded_by_id" IS NULL AND "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "certification_requirement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "job_role_id" uuid NOT NULL, "level" text NOT NULL, "certification_id" uuid NOT NULL, "required" boolean NOT NULL DEFAULT true, CONSTRAINT "CHK_041bd525e1c914359a1c24b33b" CHECK ("level" IN ('BASELINE','PROFICIENT','ADVANCED')), CONSTRAINT "PK_d641f4c4ddf8a4f29b1f726e08a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_79dc4f5f169d18c2c8fedfac14" ON "certification_requirement" ("certification_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_753dfeda35f0f69a1c2d3c54d0" ON "certification_requirement" ("job_role_id", "level", "certification_id") `);
    await queryRunner.query(`ALTER TABLE "certification_record" ADD CONSTRAINT "FK_926c47ac78598fdf61923dc477f" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certification_record" ADD CONSTRAINT "FK_e41f9284538078f38892a796d9b" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certification_requirement" ADD CONSTRAINT "FK_60c9ae03c099f50b72d2c122161" FOREIGN KEY ("job_role_id") REFERENCES "job_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certification_requirement" ADD CONSTRAINT "FK_79dc4f5f169d18c2c8fedfac14f" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certification_requirement" DROP CONSTRAINT "FK_79dc4f5f169d18c2c8fedfac14f"`);
    await queryRunner.query(`ALTER TABLE "certification_requirement" DROP CONSTRAINT "FK_60c9ae03c099f50b72d2c122161"`);
    await queryRunner.query(`ALTER TABLE "certification_record" DROP CONSTRAINT "FK_e41f9284538078f38892a796d9b"`);
    await queryRunner.query(`ALTER TABLE "certification_record" DROP CONSTRAINT "FK_926c47ac78598fdf61923dc477f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_753dfeda35f0f69a1c2d3c54d0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79dc4f5f169d18c2c8fedfac14"`);
    await queryRunner.query(`DROP TABLE "certification_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certification_record_current"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2995e70568ae4893e8e042db3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e41f9284538078f38892a796d9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_926c47ac78598fdf61923dc477"`);
    await queryRunner.query(`DROP TABLE "certification_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12307ef97a24733998a265f469"`);
    await queryRunner.query(`DROP TABLE "certification"`);
  }
}
