import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, NameField } from '@app/shared';
import { PROGRAM_GOAL_KINDS, ProgramGoalKind } from '../entities/program-goal.entity';
import { CreateProgramCommand, ProgramCohort, ProgramGoalSpec, UpdateProgramCommand } from '../program-commands';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ProgramGoalKindEnum = Object.fromEntries(PROGRAM_GOAL_KINDS.map((k) => [k, k])) as { [K in ProgramGoalKind]: K };
registerEnumType(ProgramGoalKindEnum, { name: 'ProgramGoalKind' });

@InputType({ description: 'COMPLETION / PASS_RATE / BEHAVIOUR: targetPercent 0..100 within withinDays of the start. BUSINESS_METRIC: metricKey, targetChangePercent over windowMonths.' })
export class ProgramGoalInput implements ProgramGoalSpec {
  @Field(() => ProgramGoalKindEnum) @IsEnum(ProgramGoalKindEnum) kind: ProgramGoalKind;
  @Field(() => Float, { nullable: true, description: 'Share of the cohort (or of attempts for PASS_RATE), 0..100.' }) @IsOptional() @IsNumber() @Min(0) @Max(100) targetPercent?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) withinDays?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) metricKey?: string;
  @Field(() => Float, { nullable: true, description: 'BUSINESS_METRIC: change of the cohort mean in percent, e.g. -20.' }) @IsOptional() @IsNumber() @Min(-100) @Max(1000) targetChangePercent?: number;
  @Field(() => Int, { nullable: true, description: 'BUSINESS_METRIC: months compared before and after the start.' }) @IsOptional() @IsInt() @Min(1) @Max(24) windowMonths?: number;
}

/** The cohort: employeeIds, or departmentId and/or jobRoleId (resolved when progress is asked for). */
@InputType({ isAbstract: true })
export class ProgramCohortInput implements ProgramCohort {
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) @ArrayUnique() @ArrayMinSize(1) @ArrayMaxSize(10000) employeeIds?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() jobRoleId?: string;
}

@InputType({ description: 'Subject: exactly one of pathLevelId, certificationId, trainingName. Cohort: employeeIds, or departmentId and/or jobRoleId.' })
export class CreateProgramInput extends ProgramCohortInput implements CreateProgramCommand {
  @Field({ description: 'Trimmed; never blank.' }) @NameField(200, 'The program name') name: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pathLevelId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() certificationId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) trainingName?: string;
  @Field(() => ID, { nullable: true, description: 'Only with trainingName.' }) @IsOptional() @IsUUID() playbookTemplateId?: string;
  @Field(() => LocalDateScalar) @Matches(DATE) startsOn: string;
  @Field(() => [ProgramGoalInput]) @ValidateNested({ each: true }) @Type(() => ProgramGoalInput) @ArrayMinSize(1) @ArrayMaxSize(20) goals: ProgramGoalInput[];
}

@InputType({
  description: 'Changes a program (not archived): omitted fields stay. The subject cannot change (define a new program). A cohort given (employeeIds, or departmentId and/or jobRoleId) replaces the cohort; goals given replace every goal.',
})
export class UpdateProgramInput extends ProgramCohortInput implements UpdateProgramCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true, description: 'Trimmed; never blank.' }) @IsOptional() @NameField(200, 'The program name') name?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) startsOn?: string;
  @Field(() => [ProgramGoalInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => ProgramGoalInput) @ArrayMinSize(1) @ArrayMaxSize(20) goals?: ProgramGoalInput[];
}
