import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryErrorCode1796420270468 implements MigrationInterface {
  name = 'DeliveryErrorCode1796420270468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD "last_error_code" text`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD "last_error_status" integer`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD CONSTRAINT "CHK_530ceb273b8c1887e321f7765d" CHECK ("last_error_code" IN ('RENDER_FAILED','CHANNEL_NOT_CONFIGURED','RECEIVER_REFUSED','UNREACHABLE'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "CHK_530ceb273b8c1887e321f7765d"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "last_error_status"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "last_error_code"`);
  }
}
