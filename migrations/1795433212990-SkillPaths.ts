import { MigrationInterface, QueryRunner } from 'typeorm';

export class SkillPaths1795433212990 implements MigrationInterface {
  name = 'SkillPaths1795433212990';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "skill_path" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "job_role_id" uuid NOT NULL, "name" text NOT NULL, "description" text, CONSTRAINT "PK_8f54dc1048c9471a9c0e8333ec4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b8f61bdaa9930bcf7c4d9b2c55" ON "skill_path" ("job_role_id") `);
    await queryRunner.query(`CREATE TABLE "path_level" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "path_id" uuid NOT NULL, "level" text NOT NULL, "rank" integer NOT NULL, "summary" text NOT NULL DEFAULT '', "min_observations_per_behaviour" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_2d786092c51fe0509f3b92b700" CHECK ("min_observations_per_behaviour" >= 1), CONSTRAINT "CHK_4ed8d906131400dbbdcf1f3e0a" CHECK (("level" = 'BASELINE' AND "rank" = 1) OR ("level" = 'PROFICIENT' AND "rank" = 2) OR ("level" = 'ADVANCED' AND "rank" = 3)), CONSTRAINT "PK_0a237e6daf6ce181d81bd46f1f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_eaa4fc055716749db1f429a5ec" ON "path_level" ("path_id", "level") `);
    await queryRunner.query(`CREATE TABLE "path_behaviour" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "level_id" uuid NOT NULL, "position" integer NOT NULL, "activity" text NOT NULL, "expected_output" text NOT NULL, CONSTRAINT "PK_d428c24a8d6fa694218722aa9ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_807cf116fedcd775e59e8b5bb2" ON "path_behaviour" ("level_id", "position") `);
    await queryRunner.query(`CREATE TABLE "learning_resource" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "level_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "url" text NOT NULL, "kind" text NOT NULL, "estimated_minutes" integer, "start_here" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_0a62bdacf005d4fc8a1339e1dd" CHECK ("estimated_minutes" IS NULL OR "estimated_minutes" > 0), CONSTRAINT "CHK_7a09cf0256f1bfd01933a207ae" CHECK ("kind" IN ('COURSE','ARTICLE','VIDEO','PRACTICE','MENTORING','BOOK','OTHER')), CONSTRAINT "PK_cdf32b30055987073af674452d8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_10a0e3eb13ea5e87edc3bc5d52" ON "learning_resource" ("level_id", "position") `);
    await queryRunner.query(`CREATE TABLE "path_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "path_id" uuid NOT NULL, "current_level" text, "target_level" text NOT NULL, "target_date" date, "assigned_by_id" uuid, CONSTRAINT "CHK_95eed72a4f29c381f24fc50175" CHECK ("current_level" IS NULL OR "current_level" IN ('BASELINE','PROFICIENT','ADVANCED')), CONSTRAINT "CHK_b66f2a6388b9da26599ea48034" CHECK ("target_level" IN ('BASELINE','PROFICIENT','ADVANCED')), CONSTRAINT "PK_6e2d4df496f24967a766478800f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b4ece5b03f2783183df8bea29e" ON "path_assignment" ("path_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2f35f79e86cbc55f1e1c8be808" ON "path_assignment" ("employee_id", "path_id") `);
    await queryRunner.query(`CREATE TABLE "path_observation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "behaviour_id" uuid NOT NULL, "observed_on" date NOT NULL, "note" text, "evidence_url" text, "self_reported" boolean NOT NULL DEFAULT false, "recorded_by_id" uuid NOT NULL, "confirmed_by_id" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cb269145c113f51d865ce081309" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8a56109a51563ee082eb339549" ON "path_observation" ("behaviour_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e71f9ee54b76d69c58c5d81a6e" ON "path_observation" ("employee_id", "behaviour_id") `);
    await queryRunner.query(`CREATE TABLE "level_achievement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "employee_id" uuid NOT NULL, "path_id" uuid NOT NULL, "level" text NOT NULL, "reached_on" date NOT NULL, CONSTRAINT "CHK_bcb44a19afb97a917862cbb67c" CHECK ("level" IN ('BASELINE','PROFICIENT','ADVANCED')), CONSTRAINT "PK_297a1640ec8865f7f7e789c496d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aecbea307ec883ff65e6daaaf6" ON "level_achievement" ("path_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e3b04144bdf33edb58cde51999" ON "level_achievement" ("employee_id", "path_id", "level") `);
    await queryRunner.query(`ALTER TABLE "skill_path" ADD CONSTRAINT "FK_b8f61bdaa9930bcf7c4d9b2c55a" FOREIGN KEY ("job_role_id") REFERENCES "job_role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "path_level" ADD CONSTRAINT "FK_d1e3c8e0974de015a56e20427fe" FOREIGN KEY ("path_id") REFERENCES "skill_path"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "path_behaviour" ADD CONSTRAINT "FK_459da57e85fe916c302cbe30e40" FOREIGN KEY ("level_id") REFERENCES "path_level"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_resource" ADD CONSTRAINT "FK_e1b310250379c1e3f01f7586dcd" FOREIGN KEY ("level_id") REFERENCES "path_level"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "path_assignment" ADD CONSTRAINT "FK_17406bc381e46f51e81a85b81aa" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "path_assignment" ADD CONSTRAINT "FK_b4ece5b03f2783183df8bea29e5" FOREIGN KEY ("path_id") REFERENCES "skill_path"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "path_observation" ADD CONSTRAINT "FK_76f00ca190411e380be748d4ada" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "path_observation" ADD CONSTRAINT "FK_8a56109a51563ee082eb339549c" FOREIGN KEY ("behaviour_id") REFERENCES "path_behaviour"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "level_achievement" ADD CONSTRAINT "FK_6db942d64430ea7bf556572ff3a" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "level_achievement" ADD CONSTRAINT "FK_aecbea307ec883ff65e6daaaf62" FOREIGN KEY ("path_id") REFERENCES "skill_path"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "level_achievement" DROP CONSTRAINT "FK_aecbea307ec883ff65e6daaaf62"`);
    await queryRunner.query(`ALTER TABLE "level_achievement" DROP CONSTRAINT "FK_6db942d64430ea7bf556572ff3a"`);
    await queryRunner.query(`ALTER TABLE "path_observation" DROP CONSTRAINT "FK_8a56109a51563ee082eb339549c"`);
    await queryRunner.query(`ALTER TABLE "path_observation" DROP CONSTRAINT "FK_76f00ca190411e380be748d4ada"`);
    await queryRunner.query(`ALTER TABLE "path_assignment" DROP CONSTRAINT "FK_b4ece5b03f2783183df8bea29e5"`);
    await queryRunner.query(`ALTER TABLE "path_assignment" DROP CONSTRAINT "FK_17406bc381e46f51e81a85b81aa"`);
    await queryRunner.query(`ALTER TABLE "learning_resource" DROP CONSTRAINT "FK_e1b310250379c1e3f01f7586dcd"`);
    await queryRunner.query(`ALTER TABLE "path_behaviour" DROP CONSTRAINT "FK_459da57e85fe916c302cbe30e40"`);
    await queryRunner.query(`ALTER TABLE "path_level" DROP CONSTRAINT "FK_d1e3c8e0974de015a56e20427fe"`);
    await queryRunner.query(`ALTER TABLE "skill_path" DROP CONSTRAINT "FK_b8f61bdaa9930bcf7c4d9b2c55a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3b04144bdf33edb58cde51999"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aecbea307ec883ff65e6daaaf6"`);
    await queryRunner.query(`DROP TABLE "level_achievement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e71f9ee54b76d69c58c5d81a6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8a56109a51563ee082eb339549"`);
    await queryRunner.query(`DROP TABLE "path_observation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f35f79e86cbc55f1e1c8be808"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4ece5b03f2783183df8bea29e"`);
    await queryRunner.query(`DROP TABLE "path_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10a0e3eb13ea5e87edc3bc5d52"`);
    await queryRunner.query(`DROP TABLE "learning_resource"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_807cf116fedcd775e59e8b5bb2"`);
    await queryRunner.query(`DROP TABLE "path_behaviour"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eaa4fc055716749db1f429a5ec"`);
    await queryRunner.query(`DROP TABLE "path_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8f61bdaa9930bcf7c4d9b2c55"`);
    await queryRunner.query(`DROP TABLE "skill_path"`);
  }
}
