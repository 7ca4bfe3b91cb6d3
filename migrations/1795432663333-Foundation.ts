import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795432663333 implements MigrationInterface {
  name = 'Foundation1795432663333';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_subject" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "outcome" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_97535621724623160ea0427566" ON "audit_entry" ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry" ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "parent_id" uuid, CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_471da4b90e96c1ebe0af221e07" ON "department" ("name") `);
    await queryRunner.query(`CREATE TABLE "job_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text, CONSTRAINT "PK_c4851e6391dfa2a91f552b057d6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ecf04a020f2ad4008c8f62de1" ON "job_role" ("name") `);
    await queryRunner.query(`CREATE TABLE "location" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "time_zone" text, CONSTRAINT "PK_876d7bdba03c72251ec4c2dc827" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0336eb8ccdf8306e270d400cf" ON "location" ("name") `);
    await queryRunner.query(`CREATE TABLE "employee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_number" text, "first_name" text NOT NULL, "last_name" text NOT NULL, "email" text NOT NULL, "auth_subject" text, "roles" text array NOT NULL DEFAULT '{EMPLOYEE}', "manager_id" uuid, "department_id" uuid, "job_role_id" uuid, "location_id" uuid, "work_context" text NOT NULL DEFAULT 'OFFICE', "status" text NOT NULL DEFAULT 'ACTIVE', "hire_date" date, "version" integer NOT NULL, CONSTRAINT "CHK_fa99d67dc40df637241271449f" CHECK ("manager_id" IS NULL OR "manager_id" <> "id"), CONSTRAINT "CHK_602130e9d07e4726c10db19e7f" CHECK ("work_context" IN ('OFFICE','REMOTE','HYBRID','FRONTLINE')), CONSTRAINT "CHK_0e95aca52e2fd0ab4a38f29da0" CHECK ("status" IN ('ACTIVE','ON_LEAVE','TERMINATED')), CONSTRAINT "PK_3c2bc72f03fd5abbbc5ac169498" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ece0efdf9cd1e230f85b132708" ON "employee" ("employee_number") WHERE "employee_number" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_817d1d427138772d47eca04885" ON "employee" ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_38bb0286bfe28bfaa4c5ffa82d" ON "employee" ("auth_subject") WHERE "auth_subject" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_4460baf94b8a9e2d60510f4f52" ON "employee" ("manager_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d62835db8c0aec1d18a5a92754" ON "employee" ("department_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_10ff394ab92865cecc0f4dd7b7" ON "employee" ("job_role_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1d10a1e5ec24144f98cc4a5595" ON "employee" ("status") `);
    await queryRunner.query(`ALTER TABLE "employee" ADD CONSTRAINT "FK_4460baf94b8a9e2d60510f4f52b" FOREIGN KEY ("manager_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee" ADD CONSTRAINT "FK_d62835db8c0aec1d18a5a927549" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee" ADD CONSTRAINT "FK_10ff394ab92865cecc0f4dd7b7b" FOREIGN KEY ("job_role_id") REFERENCES "job_role"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employee" ADD CONSTRAINT "FK_e3e71e30c3ee436105e6ab811c2" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "employee" DROP CONSTRAINT "FK_e3e71e30c3ee436105e6ab811c2"`);
    await queryRunner.query(`ALTER TABLE "employee" DROP CONSTRAINT "FK_10ff394ab92865cecc0f4dd7b7b"`);
    await queryRunner.query(`ALTER TABLE "employee" DROP CONSTRAINT "FK_d62835db8c0aec1d18a5a927549"`);
    await queryRunner.query(`ALTER TABLE "employee" DROP CONSTRAINT "FK_4460baf94b8a9e2d60510f4f52b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d10a1e5ec24144f98cc4a5595"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10ff394ab92865cecc0f4dd7b7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d62835db8c0aec1d18a5a92754"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4460baf94b8a9e2d60510f4f52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38bb0286bfe28bfaa4c5ffa82d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_817d1d427138772d47eca04885"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ece0efdf9cd1e230f85b132708"`);
    await queryRunner.query(`DROP TABLE "employee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0336eb8ccdf8306e270d400cf"`);
    await queryRunner.query(`DROP TABLE "location"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ecf04a020f2ad4008c8f62de1"`);
    await queryRunner.query(`DROP TABLE "job_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_471da4b90e96c1ebe0af221e07"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97535621724623160ea0427566"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d18bd4a32fc0cd8ff82b12037"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
