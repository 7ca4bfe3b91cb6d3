import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { PayrollWebhook } from './entities/payroll-webhook.entity';

/** Every query on the payroll webhook configuration (the latest one configured is the one used). */
@Injectable()
export class PayrollWebhookRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [{ url: 'https://payroll.example.com/hooks/skillpath', secret: 'example-secret', configuredById: SqlExample.ID }] })
  insert(values: Pick<PayrollWebhook, 'url' | 'secret' | 'configuredById'>): Promise<PayrollWebhook> {
    return this.tx.manager.save(PayrollWebhook, this.tx.manager.create(PayrollWebhook, values));
  }

  /** The most recently configured webhook, if any. */
  @GenerateSql({ params: [] })
  async latest(): Promise<PayrollWebhook | undefined> {
    const [hook] = await this.tx.manager.find(PayrollWebhook, { order: { createdAt: 'DESC' }, take: 1 });
    return hook;
  }
}
