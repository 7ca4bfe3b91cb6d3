import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramCharters1795437560098 implements MigrationInterface {
  name = 'ProgramCharters1795437560098';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "program_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "target_percent" double precision NOT NULL, "within_days" integer, "metric_key" text, "window_months" integer, CONSTRAINT "CHK_e8bcc1bf3a9b09d13f650a4973" CHECK ("kind" IN ('COMPLETION','PASS_RATE','BEHAVIOUR','BUSINESS_METRIC')), CONSTRAINT "PK_a50ad0e9f1dfcbbac4d5d4df292" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_291387ee9d7376fd43b222e877" ON "program_goal" ("program_id", "position") `);
    await queryRunner.query(`CREATE TABLE "program_charter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "subject_kind" text NOT NULL, "path_level_id" uuid, "certification_id" uuid, "training_name" text, "playbook_template_id" uuid, "starts_on" date NOT NULL, "cohort_employee_ids" uuid array, "cohort_department_id" uuid, "cohort_job_role_id" uuid, "created_by_id" uuid NOT NULL, CONSTRAINT "CHK_31dea9ea24c38cf548bf3a4b81" CHECK ((("path_level_id" IS NOT NULL)::int + ("certification_id" IS NOT NULL)::int + ("training_name" IS NOT NULL)::int) = 1), CONSTRAINT "CHK_783a6199570286a297dad748fb" CHECK ("subject_kind" IN ('PATH_LEVEL','CERTIFICATION','TRAINING')), CONSTRAINT "PK_ce06f1b791c4eb26f62bb4ad336" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "program_goal" ADD CONSTRAINT "FK_a134c2eb93ad1b7c86798ee386d" FOREIGN KEY ("program_id") REFERENCES "program_charter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_goal" DROP CONSTRAINT "FK_a134c2eb93ad1b7c86798ee386d"`);
    await queryRunner.query(`DROP TABLE "program_charter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_291387ee9d7376fd43b222e877"`);
    await queryRunner.query(`DROP TABLE "program_goal"`);
  }
}
