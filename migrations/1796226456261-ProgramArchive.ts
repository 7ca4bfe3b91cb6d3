import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramArchive1796226456261 implements MigrationInterface {
  name = 'ProgramArchive1796226456261';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_charter" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "program_charter" ADD "archived_by_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_charter" DROP COLUMN "archived_by_id"`);
    await queryRunner.query(`ALTER TABLE "program_charter" DROP COLUMN "archived_at"`);
  }
}
