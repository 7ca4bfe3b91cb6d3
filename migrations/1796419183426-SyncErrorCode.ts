import { MigrationInterface, QueryRunner } from 'typeorm';

export class SyncErrorCode1796419183426 implements MigrationInterface {
  name = 'SyncErrorCode1796419183426';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_error" ADD "code" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_error" DROP COLUMN "code"`);
  }
}
