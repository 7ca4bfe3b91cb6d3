import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { LocalDateScalar, NameField } from '@app/shared';
import { AmountRecurrenceEnum, IncentiveKindEnum, LapsePolicyEnum, RecognitionKindEnum } from '../types/incentive.types';
import {
  ConfigurePayrollWebhookCommand,
  CreateIncentiveRuleCommand,
  DecideIncentiveAwardCommand,
  RecordRecognitionCommand,
  UpdateIncentiveRuleCommand,
} from '../../incentive-commands';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Tied to a certification or a path level (exactly one).' })
export class CreateIncentiveRuleInput implements CreateIncentiveRuleCommand {
  @Field() @NameField(200) name: string;
  @Field(() => IncentiveKindEnum) @IsEnum(IncentiveKindEnum) kind: IncentiveKindEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() certificationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pathLevelId?: string;
  @Field(() => Float, { nullable: true, description: 'PAY_STEP and BONUS: the base amount before weights.' }) @IsOptional() @IsNumber() @Min(0) @Max(1e9) baseAmount?: number;
  @Field(() => Float, { nullable: true, description: 'How much the skill is worth to the organization (default 1).' }) @IsOptional() @IsNumber() @Min(0) @Max(100) valueWeight?: number;
  @Field(() => Float, { nullable: true, description: 'How scarce / in demand the skill is (default 1).' }) @IsOptional() @IsNumber() @Min(0) @Max(100) demandWeight?: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 500) opportunity?: string;
  @Field(() => LapsePolicyEnum, { nullable: true, description: 'What happens to an approved pay step when the certification lapses (default KEEP).' }) @IsOptional() @IsEnum(LapsePolicyEnum) onLapse?: LapsePolicyEnum;
  @Field(() => AmountRecurrenceEnum, { nullable: true, description: 'PAY_STEP and BONUS only: default RECURRING for a pay step, ONE_OFF for a bonus.' })
  @IsOptional() @IsEnum(AmountRecurrenceEnum) amountRecurrence?: AmountRecurrenceEnum;
}

@InputType({ description: 'Changes a rule: omitted fields stay. What it is tied to and its kind are fixed (deactivate it and create another). New amounts apply to awards created from now on.' })
export class UpdateIncentiveRuleInput implements UpdateIncentiveRuleCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @NameField(200) name?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1e9) baseAmount?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(100) valueWeight?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(100) demandWeight?: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 500) opportunity?: string;
  @Field(() => LapsePolicyEnum, { nullable: true }) @IsOptional() @IsEnum(LapsePolicyEnum) onLapse?: LapsePolicyEnum;
  @Field(() => AmountRecurrenceEnum, { nullable: true }) @IsOptional() @IsEnum(AmountRecurrenceEnum) amountRecurrence?: AmountRecurrenceEnum;
}

@InputType()
export class DecideIncentiveAwardInput implements DecideIncentiveAwardCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field() @IsBoolean() approve: boolean;
}

@InputType()
export class ConfigurePayrollWebhookInput implements ConfigurePayrollWebhookCommand {
  @Field() @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }) url: string;
  @Field() @IsString() @Length(32, 512) secret: string;
}

@InputType()
export class RecordRecognitionInput implements RecordRecognitionCommand {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => RecognitionKindEnum) @IsEnum(RecognitionKindEnum) kind: RecognitionKindEnum;
  @Field(() => LocalDateScalar) @Matches(DATE) occurredOn: string;
  @Field() @IsString() @Length(1, 4000) note: string;
  @Field(() => ID, { nullable: true, description: 'The path level whose skill was applied.' }) @IsOptional() @IsUUID() pathLevelId?: string;
  @Field(() => ID, { nullable: true, description: 'The certification whose skill was applied.' }) @IsOptional() @IsUUID() certificationId?: string;
}
