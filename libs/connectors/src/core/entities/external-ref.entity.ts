import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/** Links a record of an external system to ours: (connector, entity, external id) → internal id. */
@Entity('external_ref')
@Index(['connectorId', 'entity', 'externalId'], { unique: true })
@Index(['entity', 'internalId'])
@Index(['connectorId', 'entity'], { where: '"manager_pending"' })
export class ExternalRef extends BaseEntity {
  @Column({ type: 'uuid' })
  connectorId: string;

  /** employee, metric_observation… */
  @Column({ type: 'text' })
  entity: string;

  @Column({ type: 'text' })
  externalId: string;

  @Column({ type: 'uuid' })
  internalId: string;

  /** The source's values at the last sync: a field is written only when the source changed it since. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  /** The source's manager changed and the link is not applied yet (unknown manager, cycle, or not run yet). */
  @Column({ type: 'boolean', default: false })
  managerPending: boolean;
}
