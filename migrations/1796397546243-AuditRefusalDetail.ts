import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditRefusalDetail1796397546243 implements MigrationInterface {
  name = 'AuditRefusalDetail1796397546243';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "detail" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "detail"`);
  }
}
