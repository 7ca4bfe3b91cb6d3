import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { OPPORTUNITY_KINDS, OpportunityKind } from '../../entities/opportunity.entity';
import { OpportunityKindEnum } from '../types/opportunity.types';
import { CreateOpportunityCommand } from '../../opportunity-commands';

@InputType()
export class CreateOpportunityInput implements CreateOpportunityCommand {
  @Field(() => OpportunityKindEnum) @IsIn(OPPORTUNITY_KINDS) kind: OpportunityKind;
  @Field() @IsString() @Length(1, 200) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) description?: string;
  @Field(() => [ID], { nullable: true, description: 'Path levels (ids) to have reached, at that level or above.' })
  @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  requiredLevelIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Certifications (ids) to hold.' })
  @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  requiredCertificationIds?: string[];
}
