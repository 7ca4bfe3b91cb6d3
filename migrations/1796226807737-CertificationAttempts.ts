import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificationAttempts1796226807737 implements MigrationInterface {
  name = 'CertificationAttempts1796226807737';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "certification_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "certification_id" uuid NOT NULL, "attempted_on" date NOT NULL, "passed" boolean NOT NULL, "score" numeric(8,2), "cost_amount" numeric(12,2), "cost_currency" text, "record_id" uuid, "recorded_by_id" uuid NOT NULL, CONSTRAINT "CHK_293ea2b181bc47bde7d894ba06" CHECK ("score" IS NULL OR "score" >= 0), CONSTRAINT "CHK_ddb88d3c5461c93590f768d76b" CHECK ("cost_amount" IS NULL OR "cost_amount" >= 0), CONSTRAINT "CHK_4ad6d2073410c3a67c8806c685" CHECK ("passed" OR "record_id" IS NULL), CONSTRAINT "PK_c8ad5934014c19f5bdf82469c87" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a1d06a61bf761332f4e4a37948" ON "certification_attempt" ("certification_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ba63ecc4636fc4586bd5986f8d" ON "certification_attempt" ("attempted_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_certification_attempt_record" ON "certification_attempt" ("record_id") WHERE "record_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7df9065cdb6d033a0d5ed5f4bf" ON "certification_attempt" ("employee_id", "certification_id", "attempted_on") `);
    await queryRunner.query(`ALTER TABLE "certification_attempt" ADD CONSTRAINT "FK_b1f5735e90306d78742b3212b3e" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certification_attempt" ADD CONSTRAINT "FK_a1d06a61bf761332f4e4a379481" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certification_attempt" ADD CONSTRAINT "FK_c8b21cbd29f782e9fecd4ae934c" FOREIGN KEY ("record_id") REFERENCES "certification_record"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certification_attempt" DROP CONSTRAINT "FK_c8b21cbd29f782e9fecd4ae934c"`);
    await queryRunner.query(`ALTER TABLE "certification_attempt" DROP CONSTRAINT "FK_a1d06a61bf761332f4e4a379481"`);
    await queryRunner.query(`ALTER TABLE "certification_attempt" DROP CONSTRAINT "FK_b1f5735e90306d78742b3212b3e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7df9065cdb6d033a0d5ed5f4bf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_certification_attempt_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba63ecc4636fc4586bd5986f8d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1d06a61bf761332f4e4a37948"`);
    await queryRunner.query(`DROP TABLE "certification_attempt"`);
  }
}
