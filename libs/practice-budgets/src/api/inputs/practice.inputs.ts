import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { LocalDateScalar } from '@app/shared';
import {
  AttachMetricAdjustmentCommand,
  DecidePracticeCommand,
  LogPracticeSessionCommand,
  ProposePracticeBudgetCommand,
  RequestPracticeExtensionCommand,
  SetPracticeBudgetDefaultCommand,
} from '../../practice-commands';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Default practice hours for a path level or a program (exactly one).' })
export class SetPracticeBudgetDefaultInput implements SetPracticeBudgetDefaultCommand {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pathLevelId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) program?: string;
  @Field(() => Float) @IsNumber() @Min(0.25) @Max(2000) hours: number;
}

@InputType({ description: 'A practice budget proposed by a manager in the employee\'s line; skill is a path level or a program (exactly one).' })
export class ProposePracticeBudgetInput implements ProposePracticeBudgetCommand {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pathLevelId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) program?: string;
  @Field(() => Float, { nullable: true, description: 'Defaults to HR\'s default for the level or program.' }) @IsOptional() @IsNumber() @Min(0.25) @Max(2000) hours?: number;
  @Field(() => LocalDateScalar) @Matches(DATE) periodStart: string;
  @Field(() => LocalDateScalar) @Matches(DATE) periodEnd: string;
}

@InputType()
export class DecidePracticeInput implements DecidePracticeCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field() @IsBoolean() approve: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) note?: string;
}

@InputType()
export class LogPracticeSessionInput implements LogPracticeSessionCommand {
  @Field(() => ID) @IsUUID() budgetId: string;
  @Field(() => LocalDateScalar) @Matches(DATE) practicedOn: string;
  @Field(() => Int) @Min(1) @Max(24 * 60) minutes: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) note?: string;
}

@InputType()
export class RequestPracticeExtensionInput implements RequestPracticeExtensionCommand {
  @Field(() => ID) @IsUUID() budgetId: string;
  @Field(() => Float) @IsNumber() @Min(0.25) @Max(2000) extraHours: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) reason?: string;
}

@InputType({ description: 'A target relaxed while the employee practises, e.g. tickets_handled -20% for the budget period.' })
export class AttachMetricAdjustmentInput implements AttachMetricAdjustmentCommand {
  @Field(() => ID) @IsUUID() budgetId: string;
  @Field() @IsString() @Length(1, 100) @Matches(/^[a-z0-9_.-]+$/i, { message: 'metricKey may hold letters, digits, _ . -' }) metricKey: string;
  @Field(() => Float, { description: 'Change of the target in percent, -100..100 (e.g. -20).' }) @IsNumber() @Min(-100) @Max(100) changePercent: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to the budget\'s period start.' }) @IsOptional() @Matches(DATE) startsOn?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to the budget\'s period end.' }) @IsOptional() @Matches(DATE) endsOn?: string;
}
