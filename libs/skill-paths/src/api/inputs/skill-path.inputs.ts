import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ResourceKindEnum } from '../types/enums';
import {
  AddBehaviourCommand,
  AddLearningResourceCommand,
  CreateSkillPathCommand,
  PathLevelContentCommand,
  UpdateBehaviourCommand,
  UpdateLearningResourceCommand,
  UpdatePathLevelCommand,
} from '../../skill-path-commands';

@InputType()
export class PathLevelContentInput implements PathLevelContentCommand {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) summary?: string;
  @Field(() => Int, { nullable: true, description: 'Default 1.' }) @IsOptional() @IsInt() @Min(1) @Max(50) minObservationsPerBehaviour?: number;
}

@InputType({ description: 'A path and its three levels, created together.' })
export class CreateSkillPathInput implements CreateSkillPathCommand {
  @Field(() => ID) @IsUUID() jobRoleId: string;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) description?: string;
  @Field(() => PathLevelContentInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PathLevelContentInput) baseline?: PathLevelContentInput;
  @Field(() => PathLevelContentInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PathLevelContentInput) proficient?: PathLevelContentInput;
  @Field(() => PathLevelContentInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PathLevelContentInput) advanced?: PathLevelContentInput;
}

@InputType()
export class UpdatePathLevelInput implements UpdatePathLevelCommand {
  @Field(() => ID) @IsUUID() levelId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) summary?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(50) minObservationsPerBehaviour?: number;
}

@InputType()
export class AddBehaviourInput implements AddBehaviourCommand {
  @Field(() => ID) @IsUUID() levelId: string;
  @Field({ description: 'What the person does, observably.' }) @IsString() @Length(1, 1000) activity: string;
  @Field({ description: 'What that activity produces.' }) @IsString() @Length(1, 1000) expectedOutput: string;
}

@InputType()
export class UpdateBehaviourInput implements UpdateBehaviourCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 1000) activity?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 1000) expectedOutput?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) position?: number;
}

@InputType()
export class AddLearningResourceInput implements AddLearningResourceCommand {
  @Field(() => ID) @IsUUID() levelId: string;
  @Field() @IsString() @Length(1, 300) title: string;
  @Field() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' }) url: string;
  @Field(() => ResourceKindEnum) @IsEnum(ResourceKindEnum) kind: ResourceKindEnum;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100000) estimatedMinutes?: number;
  @Field({ nullable: true, description: 'Start here if you are at this level.' }) @IsOptional() @IsBoolean() startHere?: boolean;
}

@InputType({ description: 'Changes a resource: omitted fields stay. position moves it among its level\'s resources (1 = first).' })
export class UpdateLearningResourceInput implements UpdateLearningResourceCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' }) url?: string;
  @Field(() => ResourceKindEnum, { nullable: true }) @IsOptional() @IsEnum(ResourceKindEnum) kind?: ResourceKindEnum;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100000) estimatedMinutes?: number;
  @Field({ nullable: true, description: 'Start here if you are at this level.' }) @IsOptional() @IsBoolean() startHere?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) position?: number;
}
