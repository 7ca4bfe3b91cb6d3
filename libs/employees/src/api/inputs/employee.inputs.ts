import { Field, ID, InputType, ArgsType } from '@nestjs/graphql';
import { ArrayUnique, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, IsBoolean } from 'class-validator';
import { LocalDateScalar, NameField, PageArgs } from '@app/shared';
import { EmployeeSortEnum, EmployeeStatusEnum, RoleEnum, WorkContextEnum } from '../types/employee.type';
import { CreateEmployeeCommand, ListEmployeesQuery, UpdateEmployeeCommand } from '../../employee-commands';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateEmployeeInput implements CreateEmployeeCommand {
  @Field() @IsString() @Length(1, 100) firstName: string;
  @Field() @IsString() @Length(1, 100) lastName: string;
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) email: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) employeeNumber?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 255) authSubject?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() managerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() jobRoleId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() locationId?: string;
  @Field(() => WorkContextEnum, { nullable: true }) @IsOptional() @IsEnum(WorkContextEnum) workContext?: WorkContextEnum;
  @Field(() => EmployeeStatusEnum, { nullable: true }) @IsOptional() @IsEnum(EmployeeStatusEnum) status?: EmployeeStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) hireDate?: string;
  @Field(() => [RoleEnum], { nullable: true }) @IsOptional() @IsEnum(RoleEnum, { each: true }) @ArrayUnique() roles?: RoleEnum[];
}

@InputType()
export class UpdateEmployeeInput implements UpdateEmployeeCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'email must be a valid email address' }) email?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) employeeNumber?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 255) authSubject?: string;
  @Field(() => ID, { nullable: true, description: 'New manager; see clearManager to remove.' }) @IsOptional() @IsUUID() managerId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() clearManager?: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() jobRoleId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() locationId?: string;
  @Field(() => WorkContextEnum, { nullable: true }) @IsOptional() @IsEnum(WorkContextEnum) workContext?: WorkContextEnum;
  @Field(() => EmployeeStatusEnum, { nullable: true }) @IsOptional() @IsEnum(EmployeeStatusEnum) status?: EmployeeStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) hireDate?: string;
  @Field(() => [RoleEnum], { nullable: true }) @IsOptional() @IsEnum(RoleEnum, { each: true }) @ArrayUnique() roles?: RoleEnum[];
}

@InputType()
export class NamedInput {
  @Field({ description: 'Trimmed; unique ignoring case.' }) @NameField(120) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) description?: string;
}

@ArgsType()
export class EmployeeListArgs extends PageArgs implements ListEmployeesQuery {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() jobRoleId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() locationId?: string;
  @Field(() => ID, { nullable: true, description: 'Direct reports of this manager.' }) @IsOptional() @IsUUID() managerId?: string;
  @Field(() => EmployeeStatusEnum, { nullable: true }) @IsOptional() @IsEnum(EmployeeStatusEnum) status?: EmployeeStatusEnum;
  @Field({ nullable: true, description: 'Matches name or email.' }) @IsOptional() @IsString() @Length(1, 100) search?: string;
  @Field(() => EmployeeSortEnum, { nullable: true }) @IsOptional() @IsEnum(EmployeeSortEnum) sort?: EmployeeSortEnum;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() descending?: boolean;
}
