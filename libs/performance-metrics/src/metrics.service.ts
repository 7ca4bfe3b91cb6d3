import { Injectable } from '@nestjs/common';
import { Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { MetricDefinition } from './entities/metric-definition.entity';
import { MetricRepository, ObservationQuery, ObservationRow } from './metric.repository';

const audited = (m: MetricDefinition) => ({ key: m.key, name: m.name, unit: m.unit, higherIsBetter: m.higherIsBetter });

export interface DefineMetric {
  key: string;
  name: string;
  unit?: string | null;
  higherIsBetter?: boolean;
}

/** Metric definitions (HR) and observations per employee, scoped like other employee data. */
@Injectable()
export class MetricsService {
  constructor(
    private readonly repo: MetricRepository,
    private readonly audit: AuditService,
    private readonly access: AccessScope,
  ) {}

  /** Creates the metric with this key, or updates its name, unit and direction; audited. */
  async define(viewer: Viewer, input: DefineMetric): Promise<MetricDefinition> {
    const existing = await this.repo.byKey(input.key);
    const before = existing ? audited(existing) : null;
    const entity = existing ?? this.repo.create({ key: input.key });
    entity.name = input.name;
    entity.unit = input.unit ?? null;
    entity.higherIsBetter = input.higherIsBetter ?? true;
    const saved = await this.repo.save(entity);
    await this.audit.recordChange(viewer, 'defineMetric', 'MetricDefinition', saved.id, before, audited(saved));
    return saved;
  }

  definitions(_viewer: Viewer): Promise<MetricDefinition[]> {
    return this.repo.definitions();
  }

  /** Newest periods first; NOT_FOUND when the viewer may not see the employee. */
  async observations(viewer: Viewer, query: ObservationQuery): Promise<ObservationRow[]> {
    await this.access.assertEmployeeVisible(viewer, query.employeeId);
    return this.repo.observations(query);
  }
}
