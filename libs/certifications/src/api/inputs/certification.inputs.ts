import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { LocalDateScalar, NameField } from '@app/shared';
import { DurationUnitEnum, ExpiryBaseEnum } from '../types/enums';
import {
  CertificationFieldsCommand,
  CreateCertificationCommand,
  ExtendCertificationCommand,
  PreviewRenewalRulesCommand,
  RecordCertificationCommand,
  RevokeCertificationCommand,
  UpdateCertificationCommand,
} from '../../certification-commands';

const URL_OPTS = { protocols: ['http', 'https'], require_protocol: true };

/** Renewal policy, cost and guidance fields shared by create and update (all optional here). */
@InputType({ isAbstract: true })
export class CertificationFieldsInput implements CertificationFieldsCommand {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) description?: string;
  @Field(() => Int, { nullable: true, description: 'Omit (with validityUnit) for a certification that never expires.' })
  @IsOptional() @IsInt() @Min(1) validityAmount?: number;
  @Field(() => DurationUnitEnum, { nullable: true }) @IsOptional() @IsEnum(DurationUnitEnum) validityUnit?: DurationUnitEnum;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) renewalWindowAmount?: number;
  @Field(() => DurationUnitEnum, { nullable: true, description: 'DAYS or MONTHS.' }) @IsOptional() @IsEnum(DurationUnitEnum) renewalWindowUnit?: DurationUnitEnum;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3650) gracePeriodDays?: number;
  @Field(() => ExpiryBaseEnum, { nullable: true }) @IsOptional() @IsEnum(ExpiryBaseEnum) expiryBase?: ExpiryBaseEnum;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() anchorMonth?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() anchorDay?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) minActiveAmount?: number;
  @Field(() => DurationUnitEnum, { nullable: true }) @IsOptional() @IsEnum(DurationUnitEnum) minActiveUnit?: DurationUnitEnum;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(9999999999) costAmount?: number;
  @Field({ nullable: true, description: 'ISO 4217 code, e.g. EUR.' }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'costCurrency must be a 3-letter ISO currency code' }) costCurrency?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ maxDecimalPlaces: 1 }) @Min(0) @Max(99999) estimatedHours?: number;
  @Field({ nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: 'studyGuideUrl must be an http(s) URL' }) studyGuideUrl?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 4000) renewalRequirements?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 200) payoff?: string;
}

@InputType()
export class CreateCertificationInput extends CertificationFieldsInput implements CreateCertificationCommand {
  @Field() @NameField(200) name: string;
  @Field() @NameField(200, 'The issuer') issuer: string;
}

@InputType({ description: 'Changes the catalog entry: omitted fields stay, null clears. Existing records keep the dates they were computed with.' })
export class UpdateCertificationInput extends CertificationFieldsInput implements UpdateCertificationCommand {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @NameField(200) name?: string;
  @Field({ nullable: true }) @IsOptional() @NameField(200, 'The issuer') issuer?: string;
}

@InputType()
export class RecordCertificationInput implements RecordCertificationCommand {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field(() => ID) @IsUUID() certificationId: string;
  @Field(() => LocalDateScalar) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'earnedOn must be yyyy-MM-dd' }) earnedOn: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) credentialId?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: 'credentialUrl must be an http(s) URL' }) credentialUrl?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: 'evidenceUrl must be an http(s) URL' }) evidenceUrl?: string;
}

@InputType()
export class ExtendCertificationInput implements ExtendCertificationCommand {
  @Field(() => ID) @IsUUID() recordId: string;
  @Field(() => LocalDateScalar, { description: 'New effective deadline, after expiresOn.' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'extendedUntil must be yyyy-MM-dd' }) extendedUntil: string;
  @Field() @IsString() @Length(3, 2000) reason: string;
}

@InputType()
export class RevokeCertificationInput implements RevokeCertificationCommand {
  @Field(() => ID) @IsUUID() recordId: string;
  @Field() @IsString() @Length(3, 2000) reason: string;
}

@InputType({ description: 'Renewal rules to try: start from a catalog entry (certificationId) or the defaults, then apply the fields given.' })
export class PreviewRenewalRulesInput extends CertificationFieldsInput implements PreviewRenewalRulesCommand {
  @Field(() => ID, { nullable: true, description: 'Start from this certification\'s rules (omitted fields keep its values).' }) @IsOptional() @IsUUID() certificationId?: string;
  @Field(() => LocalDateScalar, { description: 'Sample completion date.' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'completedOn must be yyyy-MM-dd' }) completedOn: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Sample renewal date; default the day the renewal window opens (else the expiry date).' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'renewedOn must be yyyy-MM-dd' }) renewedOn?: string;
}
