import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { NameField } from '@app/shared';
import { CreateJobRoleCommand, UpdateJobRoleCommand } from '../../job-role-commands';

@InputType({ description: 'A new job role. The name is trimmed, never blank, unique ignoring case.' })
export class CreateJobRoleInput implements CreateJobRoleCommand {
  @Field() @NameField(120) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) description?: string;
}

@InputType({ description: 'Renames a job role or changes its description: omitted fields stay, a null description clears it.' })
export class UpdateJobRoleInput implements UpdateJobRoleCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @NameField(120) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(0, 2000) description?: string | null;
}
