import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { pathLevelLabel } from '@app/shared';
import { PathLevelName } from '@app/skill-paths';
import { PathLevelNameEnum } from '@app/skill-paths/graphql';
import { Opportunity, OpportunityKind } from '../../entities/opportunity.entity';
import type { RequirementRow } from '../../opportunity.repository';

export enum OpportunityKindEnum { PROJECT = 'PROJECT', INTERNAL_GIG = 'INTERNAL_GIG', COMMUNITY_OF_PRACTICE = 'COMMUNITY_OF_PRACTICE' }
export enum OpportunityRequirementKindEnum { LEVEL = 'LEVEL', CERTIFICATION = 'CERTIFICATION' }
registerEnumType(OpportunityKindEnum, { name: 'OpportunityKind' });
registerEnumType(OpportunityRequirementKindEnum, { name: 'OpportunityRequirementKind' });

@ObjectType('OpportunityRequirement', { description: 'A path level to have reached (or above) or a certification to hold.' })
export class OpportunityRequirementType {
  @Field(() => ID) id: string;
  @Field(() => OpportunityRequirementKindEnum) kind: OpportunityRequirementKindEnum;
  @Field(() => ID, { nullable: true }) pathLevelId: string | null;
  @Field(() => PathLevelNameEnum, { nullable: true }) level: PathLevelName | null;
  @Field(() => ID, { nullable: true }) pathId: string | null;
  @Field(() => String, { nullable: true }) pathName: string | null;
  @Field(() => ID, { nullable: true }) certificationId: string | null;
  @Field(() => String, { nullable: true }) certificationName: string | null;
  @Field({ description: 'What is required, in words.' }) description: string;

  static from(r: RequirementRow): OpportunityRequirementType {
    const isLevel = r.path_level_id !== null;
    return Object.assign(new OpportunityRequirementType(), {
      id: r.id,
      kind: isLevel ? OpportunityRequirementKindEnum.LEVEL : OpportunityRequirementKindEnum.CERTIFICATION,
      pathLevelId: r.path_level_id,
      level: r.level as PathLevelName | null,
      pathId: r.path_id,
      pathName: r.path_name,
      certificationId: r.certification_id,
      certificationName: r.certification_name,
      description: isLevel ? `${pathLevelLabel(r.level)} on ${r.path_name}` : `Certification: ${r.certification_name}`,
    });
  }
}

@ObjectType('Opportunity', { description: 'A project, internal gig or community of practice that new skills open.' })
export class OpportunityType {
  @Field(() => ID) id: string;
  @Field(() => OpportunityKindEnum) kind: OpportunityKind;
  @Field() title: string;
  @Field() description: string;
  @Field() active: boolean;

  static from(o: Opportunity): OpportunityType {
    return Object.assign(new OpportunityType(), { id: o.id, kind: o.kind, title: o.title, description: o.description, active: o.active });
  }
}

@ObjectType('OneStepAway', { description: 'An opportunity missing exactly one requirement.' })
export class OneStepAwayType {
  @Field(() => OpportunityType) opportunity: OpportunityType;
  @Field(() => OpportunityRequirementType) missing: OpportunityRequirementType;
}

@ObjectType('MyOpportunities')
export class MyOpportunitiesType {
  @Field(() => [OpportunityType]) eligible: OpportunityType[];
  @Field(() => [OneStepAwayType]) oneStepAway: OneStepAwayType[];
}
