export * from './domain/snapshot.model';
export * from './domain/horizon';
export * from './domain/compare';
export * from './domain/render-html';
export * from './entities/employee-snapshot.entity';
export * from './snapshots.service';
export * from './monthly-snapshot.scheduler';
export * from './snapshots.module';
export * from './opportunities/entities/opportunity.entity';
export * from './opportunities/entities/opportunity-requirement.entity';
export * from './opportunities/opportunities.service';
export * from './opportunities/opportunity-commands';

import { EmployeeSnapshotRow } from './entities/employee-snapshot.entity';
import { Opportunity } from './opportunities/entities/opportunity.entity';
import { OpportunityRequirement } from './opportunities/entities/opportunity-requirement.entity';

/** This lib's tables, for ALL_ENTITIES. */
export const SNAPSHOT_ENTITIES = [EmployeeSnapshotRow, Opportunity, OpportunityRequirement];
