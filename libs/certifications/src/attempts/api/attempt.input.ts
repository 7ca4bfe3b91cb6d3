import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { LocalDateScalar } from '@app/shared';
import { RecordCertificationAttemptCommand } from '../../certification-commands';

@InputType({ description: 'One exam sitting: the employee themselves, a manager in their line, or HR records it.' })
export class RecordCertificationAttemptInput implements RecordCertificationAttemptCommand {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => ID) @IsUUID() certificationId: string;
  @Field(() => LocalDateScalar) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'attemptedOn must be yyyy-MM-dd' }) attemptedOn: string;
  @Field() @IsBoolean() passed: boolean;
  @Field(() => Float, { nullable: true, description: 'As the issuer scores it (points or percent).' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100000) score?: number;
  @Field(() => Float, { nullable: true, description: 'What the sitting cost; omit to count the catalog cost.' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(9999999999) costAmount?: number;
  @Field({ nullable: true, description: 'ISO 4217 code; default: the catalog entry\'s currency.' })
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'costCurrency must be a 3-letter ISO currency code' }) costCurrency?: string;
}

@ArgsType()
export class CertificationAttemptsArgs {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() certificationId?: string;
  @Field(() => Int, { nullable: true, defaultValue: 100 }) @IsOptional() @IsInt() @Min(1) @Max(500) first?: number;
}
