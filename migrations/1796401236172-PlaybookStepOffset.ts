import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlaybookStepOffset1796401236172 implements MigrationInterface {
  name = 'PlaybookStepOffset1796401236172';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "playbook_run_step" ADD "offset_days" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "playbook_run_step" DROP COLUMN "offset_days"`);
  }
}
