import { Args, ArgsType, Field, GraphQLISODateTime, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { Allow } from '../roles.decorator';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTOR_KINDS, AuditActorKind } from '../audit/audit-entry.entity';
import { AUDIT_OUTCOMES, AuditOutcome } from '../audit/audit-outcome';
import { AuditActorKindEnum, AuditEntryType } from './audit-entry.type';

@ArgsType()
class AuditArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() entityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string;
  @Field(() => AuditActorKindEnum, { nullable: true }) @IsOptional() @IsIn([...AUDIT_ACTOR_KINDS]) actorKind?: AuditActorKind;
  @Field(() => String, { nullable: true, description: `One of ${AUDIT_OUTCOMES.join(', ')}.` }) @IsOptional() @IsIn([...AUDIT_OUTCOMES]) outcome?: AuditOutcome;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() since?: Date;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(500) first?: number;
  @Field(() => ID, { nullable: true, description: 'Return entries older than this id.' }) @IsOptional() @IsString() before?: string;
}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow('HR_ADMIN')
  @Query(() => [AuditEntryType], { description: 'Audit log, newest first (HR only).' })
  auditLog(@Args() args: AuditArgs): Promise<AuditEntryType[]> {
    const { first, before, ...filter } = args;
    return this.audit.list(filter, first ?? 100, before);
  }
}
