import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/** Where approved payroll awards are pushed, and the secret that signs the body (HMAC-SHA256). The newest row is used. */
@Entity('payroll_webhook')
export class PayrollWebhook extends BaseEntity {
  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text' })
  secret: string;

  @Column({ type: 'uuid' })
  configuredById: string;
}
