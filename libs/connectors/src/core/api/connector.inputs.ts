import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { JsonScalar, NameField } from '@app/shared';
import { CreateConnectorCommand, UpdateConnectorCommand } from '../connector-commands';

@InputType()
export class CreateConnectorInput implements CreateConnectorCommand {
  @Field({ description: 'BAMBOOHR, SCIM, CSV, REST_METRICS, CSV_METRICS…' }) @IsString() @Length(1, 40) kind: string;
  @Field({ description: 'Trimmed; unique ignoring case.' }) @NameField(120) name: string;
  @Field({ nullable: true, description: 'Cron expression for scheduled pulls.' }) @IsOptional() @IsString() @Length(1, 120) schedule?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @Field(() => JsonScalar, { nullable: true }) @IsOptional() @IsObject() settings?: Record<string, unknown>;
  @Field(() => JsonScalar, { nullable: true, description: 'Name → secret value; stored encrypted, never returned.' }) @IsOptional() @IsObject() secrets?: Record<string, string>;
}

@InputType()
export class UpdateConnectorInput implements UpdateConnectorCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @NameField(120) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 120) schedule?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() clearSchedule?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @Field(() => JsonScalar, { nullable: true }) @IsOptional() @IsObject() settings?: Record<string, unknown>;
  @Field(() => JsonScalar, { nullable: true, description: 'Replaces the stored secrets.' }) @IsOptional() @IsObject() secrets?: Record<string, string>;
}
