import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageArgs } from '@app/shared';
import { CertificationStatusEnum, GapGroupByEnum, RenewalsScopeEnum, RequirementLevelEnum } from '../types/enums';
import { RemoveCertificationRequirementCommand, SetCertificationRequirementCommand } from '../../certification-commands';
import { ListCertificationRecordsQuery, ListComplianceGapsQuery, ListRenewalsDueQuery } from '../../certification-view-queries';

@ArgsType()
export class CertificationRecordsArgs extends PageArgs implements ListCertificationRecordsQuery {
  @Field(() => ID, { nullable: true, description: 'One employee; omitted: everyone you may see.' }) @IsOptional() @IsUUID() employeeId?: string;
  @Field(() => [CertificationStatusEnum], { nullable: true }) @IsOptional() @IsEnum(CertificationStatusEnum, { each: true }) status?: CertificationStatusEnum[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() certificationId?: string;
}

@ArgsType()
export class RenewalsDueArgs extends PageArgs implements ListRenewalsDueQuery {
  @Field(() => Int, { description: 'Deadlines from today up to this many days ahead (plus records already due or in grace).' })
  @IsInt() @Min(0) @Max(3660) withinDays: number;
  @Field(() => RenewalsScopeEnum, { nullable: true, description: 'Default: MY_LINE for managers and HR, ME for everyone else.' }) @IsOptional() @IsEnum(RenewalsScopeEnum) scope?: RenewalsScopeEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string;
}

@ArgsType()
export class ComplianceGapsArgs implements ListComplianceGapsQuery {
  @Field(() => GapGroupByEnum) @IsEnum(GapGroupByEnum) groupBy: GapGroupByEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() jobRoleId?: string;
}

@InputType()
export class SetCertificationRequirementInput implements SetCertificationRequirementCommand {
  @Field(() => ID) @IsUUID() jobRoleId: string;
  @Field(() => RequirementLevelEnum) @IsEnum(RequirementLevelEnum) level: RequirementLevelEnum;
  @Field(() => ID) @IsUUID() certificationId: string;
  @Field({ nullable: true, defaultValue: true, description: 'true: compliance; false: recommended.' }) @IsOptional() @IsBoolean() required?: boolean;
}

@InputType()
export class RemoveCertificationRequirementInput implements RemoveCertificationRequirementCommand {
  @Field(() => ID) @IsUUID() jobRoleId: string;
  @Field(() => RequirementLevelEnum) @IsEnum(RequirementLevelEnum) level: RequirementLevelEnum;
  @Field(() => ID) @IsUUID() certificationId: string;
}
