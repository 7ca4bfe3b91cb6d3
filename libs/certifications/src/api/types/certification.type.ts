import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Certification } from '../../entities/certification.entity';
import { DurationUnitEnum, ExpiryBaseEnum } from './enums';

const num = (v: string | null): number | null => (v === null ? null : Number(v));

@ObjectType('Certification', { description: 'A catalog entry with its renewal policy.' })
export class CertificationType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int, { nullable: true, description: 'null: never expires.' }) validityAmount: number | null;
  @Field(() => DurationUnitEnum, { nullable: true }) validityUnit: DurationUnitEnum | null;
  @Field(() => Int, { nullable: true }) renewalWindowAmount: number | null;
  @Field(() => DurationUnitEnum, { nullable: true }) renewalWindowUnit: DurationUnitEnum | null;
  @Field(() => Int) gracePeriodDays: number;
  @Field(() => ExpiryBaseEnum) expiryBase: ExpiryBaseEnum;
  @Field(() => Int, { nullable: true, description: 'FIXED_CYCLE anchor month (1-12).' }) anchorMonth: number | null;
  @Field(() => Int, { nullable: true, description: 'FIXED_CYCLE anchor day.' }) anchorDay: number | null;
  @Field(() => Int, { nullable: true }) minActiveAmount: number | null;
  @Field(() => DurationUnitEnum, { nullable: true }) minActiveUnit: DurationUnitEnum | null;
  @Field(() => Float, { nullable: true }) costAmount: number | null;
  @Field(() => String, { nullable: true }) costCurrency: string | null;
  @Field(() => Float, { nullable: true }) estimatedHours: number | null;
  @Field(() => String, { nullable: true }) studyGuideUrl: string | null;
  @Field(() => String, { nullable: true }) renewalRequirements: string | null;
  @Field(() => String, { nullable: true, description: 'What earning or renewing pays off.' }) payoff: string | null;

  static from(c: Certification): CertificationType {
    return Object.assign(new CertificationType(), {
      id: c.id,
      name: c.name,
      issuer: c.issuer,
      description: c.description,
      validityAmount: c.validityAmount,
      validityUnit: c.validityUnit as DurationUnitEnum | null,
      renewalWindowAmount: c.renewalWindowAmount,
      renewalWindowUnit: c.renewalWindowUnit as DurationUnitEnum | null,
      gracePeriodDays: c.gracePeriodDays,
      expiryBase: c.expiryBase as ExpiryBaseEnum,
      anchorMonth: c.anchorMonth,
      anchorDay: c.anchorDay,
      minActiveAmount: c.minActiveAmount,
      minActiveUnit: c.minActiveUnit as DurationUnitEnum | null,
      costAmount: num(c.costAmount),
      costCurrency: c.costCurrency,
      estimatedHours: num(c.estimatedHours),
      studyGuideUrl: c.studyGuideUrl,
      renewalRequirements: c.renewalRequirements,
      payoff: c.payoff,
    });
  }
}
