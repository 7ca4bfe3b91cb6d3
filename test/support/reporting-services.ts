import { DataSource } from 'typeorm';
import { TransactionHost } from '@app/persistence';
import { AccessScope, AuditEntryRepository, AuditService } from '@app/auth';
import { ReportingLineRepository } from '@app/employees';
import { MetricRepository } from '@app/performance-metrics';
import { ImpactRepository, ImpactService, ReportScope } from '@app/reporting';

/** The impact service wired by hand on a data source (integration tests, benchmark). */
export function impactServiceOn(ds: DataSource): ImpactService {
  const tx = new TransactionHost(ds);
  return new ImpactService(new ImpactRepository(tx), new MetricRepository(tx), new ReportScope(new AccessScope(new AuditService(new AuditEntryRepository(tx), tx), new ReportingLineRepository(tx))));
}
