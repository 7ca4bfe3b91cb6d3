import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, Matches } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@app/shared';
import { PathLevelNameEnum } from '../types/enums';
import {
  AddSelfEvidenceCommand,
  AssignPathCommand,
  EndPathAssignmentCommand,
  PathAssignmentListQuery,
  RecordObservationCommand,
  UpdatePathAssignmentCommand,
} from '../../skill-path-commands';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class AssignPathInput implements AssignPathCommand {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => ID) @IsUUID() pathId: string;
  @Field(() => PathLevelNameEnum, { nullable: true, description: 'Where they start (assessed); null = not yet baseline.' }) @IsOptional() @IsEnum(PathLevelNameEnum) currentLevel?: PathLevelNameEnum;
  @Field(() => PathLevelNameEnum) @IsEnum(PathLevelNameEnum) targetLevel: PathLevelNameEnum;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Today or later.' }) @IsOptional() @Matches(DATE) targetDate?: string;
}

@InputType()
export class UpdatePathAssignmentInput implements UpdatePathAssignmentCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => PathLevelNameEnum, { nullable: true }) @IsOptional() @IsEnum(PathLevelNameEnum) targetLevel?: PathLevelNameEnum;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Today or later.' }) @IsOptional() @Matches(DATE) targetDate?: string;
}

@InputType({ description: 'Takes the employee off the path; the assignment, its observations and levels reached stay as history.' })
export class EndPathAssignmentInput implements EndPathAssignmentCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ description: 'Why (kept with the assignment).' }) @IsString() @Length(1, 1000) reason: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day on the path: today (default) or earlier, not before it started.' }) @IsOptional() @Matches(DATE) endedOn?: string;
}

@InputType()
export class RecordObservationInput implements RecordObservationCommand {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => ID) @IsUUID() behaviourId: string;
  @Field(() => LocalDateScalar) @Matches(DATE) observedOn: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) note?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'evidenceUrl must be an http(s) URL' }) evidenceUrl?: string;
}

@InputType({ description: 'Your own evidence of a behaviour; counts once a manager in your line confirms it.' })
export class AddSelfEvidenceInput implements AddSelfEvidenceCommand {
  @Field(() => ID) @IsUUID() behaviourId: string;
  @Field(() => LocalDateScalar) @Matches(DATE) observedOn: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) note?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'evidenceUrl must be an http(s) URL' }) evidenceUrl?: string;
}

@ArgsType()
export class PathAssignmentListArgs extends PageArgs implements PathAssignmentListQuery {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() employeeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() pathId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'Include ended assignments (history).' }) @IsOptional() @IsBoolean() includeEnded?: boolean;
}
