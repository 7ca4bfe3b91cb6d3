import { Args, ArgsType, Context, Field, ID, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { answerRaw, DateTimeScalar, plainSelection, responsePath } from '@app/shared';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { Allow } from '../roles.decorator';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTOR_KINDS, AuditActorKind } from '../audit/audit-entry.entity';
import { AUDIT_OUTCOMES, AuditOutcome } from '../audit/audit-outcome';
import { auditEntryJsonSql } from '../audit/audit-entry-json.sql';
import { AuditActorKindEnum, AuditEntryType } from './audit-entry.type';

@ArgsType()
class AuditArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() entityId?: string;
  @Field({ nullable: true, description: 'The operation, e.g. createConnector.' }) @IsOptional() @IsString() action?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string;
  @Field(() => AuditActorKindEnum, { nullable: true }) @IsOptional() @IsIn([...AUDIT_ACTOR_KINDS]) actorKind?: AuditActorKind;
  @Field(() => String, { nullable: true, description: `One of ${AUDIT_OUTCOMES.join(', ')}.` }) @IsOptional() @IsIn([...AUDIT_OUTCOMES]) outcome?: AuditOutcome;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() since?: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries before this instant.' }) @IsOptional() until?: Date;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(500) first?: number;
  // Audit entry ids are numbers, not UUIDs like every other id argument: so this one is a String.
  @Field(() => String, { nullable: true, description: 'Return entries older than this AuditEntry id.' }) @IsOptional() @Matches(/^\d{1,18}$/, { message: 'before must be an AuditEntry id' }) before?: string;
}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow('HR_ADMIN')
  @Query(() => [AuditEntryType], { description: 'Audit log, newest first (HR only).' })
  async auditLog(@Args() args: AuditArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: object): Promise<AuditEntryType[]> {
    const { first, before, ...filter } = args;
    // A plain selection is read as JSON text in the page's one statement (raw-json.ts).
    const selection = plainSelection(info.fieldNodes);
    const object = selection && auditEntryJsonSql(selection);
    if (!object) return this.audit.list(filter, first ?? 100, before);
    answerRaw(ctx, responsePath(info.path), await this.audit.listJson(filter, first ?? 100, before, object));
    return [];
  }
}
