import { Args, ArgsType, Field, GraphQLISODateTime, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { Allow } from '../roles.decorator';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTOR_KINDS, AuditActorKind } from '../audit/audit-entry.entity';
import { AuditActorKindEnum, AuditEntryType } from './audit-entry.type';

@ArgsType()
class AuditArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() entityId?: string;
  @Field({ nullable: true, description: 'The operation, e.g. createConnector.' }) @IsOptional() @IsString() action?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string;
  @Field(() => AuditActorKindEnum, { nullable: true }) @IsOptional() @IsIn([...AUDIT_ACTOR_KINDS]) actorKind?: AuditActorKind;
  @Field({ nullable: true }) @IsOptional() @IsIn(['OK', 'DENIED']) outcome?: 'OK' | 'DENIED';
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() since?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Entries before this instant.' }) @IsOptional() until?: Date;
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
