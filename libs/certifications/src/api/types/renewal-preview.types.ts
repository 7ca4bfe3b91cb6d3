import { Field, ObjectType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, LocalDateScalar, resultUnion } from '@app/shared';

@ObjectType('RenewalCycleDates', { description: 'The dates one record gets under the rules; all null when it never expires.' })
export class RenewalCycleDatesType {
  @Field(() => LocalDateScalar, { description: 'Completed (or renewed) on.' }) completedOn: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last valid day.' }) expiresOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day renewal is due.' }) windowOpensOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of grace.' }) graceEndsOn: string | null;
}

@ObjectType('RenewalRulesPreview', { description: 'What the rules give for a sample completion and a renewal of it, computed as recording would.' })
export class RenewalRulesPreviewType {
  @Field(() => RenewalCycleDatesType) first: RenewalCycleDatesType;
  @Field(() => RenewalCycleDatesType, { nullable: true, description: 'The renewal of the first record; null when it never expires.' }) renewal: RenewalCycleDatesType | null;
}

@BusinessErrorType('RenewalRuleError', [C.INVALID_RENEWAL_RULES], { description: 'The rules cannot be used as they are: a sentence saying why, and the input field to fix.' })
export class RenewalRuleError extends BusinessError {
  @Field() declare field: string;
}

export const RenewalRulesPreviewResult = resultUnion('RenewalRulesPreviewResult', RenewalRulesPreviewType, [C.INVALID_RENEWAL_RULES]);
