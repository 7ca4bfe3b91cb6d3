import { OpportunityKind } from './entities/opportunity.entity';

/** A new opportunity and what it requires: path levels to have reached (or above) and certifications to hold. */
export interface CreateOpportunityCommand {
  kind: OpportunityKind;
  title: string;
  description?: string | null;
  requiredLevelIds?: string[] | null;
  requiredCertificationIds?: string[] | null;
}
