import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditActorKind1796226137826 implements MigrationInterface {
  name = 'AuditActorKind1796226137826';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Generated as one NOT NULL column; written in three steps so the entries already logged get their kind.
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "actor_kind" text`);
    await queryRunner.query(
      `UPDATE "audit_entry" SET "actor_kind" = CASE WHEN "actor_id" IS NOT NULL THEN 'EMPLOYEE' WHEN "outcome" = 'DENIED' THEN 'ANONYMOUS' ELSE 'SYSTEM' END`,
    );
    await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "actor_kind" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "actor_kind"`);
  }
}
