import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '@app/shared';
import { StepKindEnum } from '../types/playbook.types';
import {
  CancelPlaybookRunCommand,
  CompletePlaybookStepCommand,
  CreatePlaybookTemplateCommand,
  PlaybookStepCommand,
  StartPlaybookRunCommand,
  UpdatePlaybookRunCommand,
  UpdatePlaybookTemplateCommand,
} from '../../playbook-commands';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class PlaybookStepInput implements PlaybookStepCommand {
  @Field(() => StepKindEnum) @IsEnum(StepKindEnum) kind: StepKindEnum;
  @Field() @IsString() @Length(1, 200) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) guidance?: string;
  @Field(() => Int, { description: 'Days from the training date; negative = before.' }) @IsInt() @Min(-365) @Max(365) offsetDays: number;
}

@InputType()
export class CreatePlaybookTemplateInput implements CreatePlaybookTemplateCommand {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) description?: string;
  @Field(() => [PlaybookStepInput], { nullable: true, description: 'Omit for the default before-and-after steps.' })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => PlaybookStepInput)
  steps?: PlaybookStepInput[];
}

@InputType()
export class StartPlaybookRunInput implements StartPlaybookRunCommand {
  @Field(() => ID) @IsUUID() templateId: string;
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field() @IsString() @Length(1, 200) trainingName: string;
  @Field(() => LocalDateScalar) @Matches(DATE) trainingDate: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pathLevelId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() certificationId?: string;
}

@InputType()
export class CompletePlaybookStepInput implements CompletePlaybookStepCommand {
  @Field(() => ID) @IsUUID() stepId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) note?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' }) @IsOptional() @Matches(DATE) completedOn?: string;
  @Field(() => ID, { nullable: true, description: 'AFTER steps: the path behaviour observed.' }) @IsOptional() @IsUUID() behaviourId?: string;
}

@InputType({ description: 'Changes apply to runs started afterwards; runs already started keep their steps. active: false retires the template (no new runs), true brings it back.' })
export class UpdatePlaybookTemplateInput implements UpdatePlaybookTemplateCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) description?: string;
  @Field(() => [PlaybookStepInput], { nullable: true, description: 'Replaces every step, in this order.' })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => PlaybookStepInput)
  steps?: PlaybookStepInput[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType()
export class CancelPlaybookRunInput implements CancelPlaybookRunCommand {
  @Field(() => ID) @IsUUID() runId: string;
  @Field({ description: 'Why the run stops (kept with the run).' }) @IsString() @Length(1, 1000) reason: string;
}

@InputType({ description: 'Corrects an open run: its training name or date (open steps are re-dated from the new date).' })
export class UpdatePlaybookRunInput implements UpdatePlaybookRunCommand {
  @Field(() => ID) @IsUUID() runId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) trainingName?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) trainingDate?: string;
}
