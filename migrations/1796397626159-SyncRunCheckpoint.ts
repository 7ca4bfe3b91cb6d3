import { MigrationInterface, QueryRunner } from 'typeorm';

export class SyncRunCheckpoint1796397626159 implements MigrationInterface {
  name = 'SyncRunCheckpoint1796397626159';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_run" ADD "checkpoint" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "sync_run" ADD "resume_key" text`);
    await queryRunner.query(`ALTER TABLE "sync_run" ADD "resumed_from" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_run" DROP COLUMN "resumed_from"`);
    await queryRunner.query(`ALTER TABLE "sync_run" DROP COLUMN "resume_key"`);
    await queryRunner.query(`ALTER TABLE "sync_run" DROP COLUMN "checkpoint"`);
  }
}
