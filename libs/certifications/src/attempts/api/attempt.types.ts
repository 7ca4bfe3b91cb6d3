import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, DateTimeScalar, LocalDateScalar, resultUnion } from '@app/shared';
import { CertificationAttempt } from '../certification-attempt.entity';

@ObjectType('CertificationAttempt', { description: 'One exam sitting of a certification by one employee.' })
export class CertificationAttemptType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) certificationId: string;
  @Field(() => LocalDateScalar) attemptedOn: string;
  @Field() passed: boolean;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Float, { nullable: true, description: 'null: the catalog cost counts in spend reports.' }) costAmount: number | null;
  @Field(() => String, { nullable: true }) costCurrency: string | null;
  @Field(() => ID, { nullable: true, description: 'The award this pass led to (linked automatically, whichever is recorded first).' }) recordId: string | null;
  @Field(() => ID) recordedById: string;
  @Field({ description: 'Recorded by the employee themselves.' }) selfReported: boolean;
  @Field(() => DateTimeScalar) createdAt: Date;

  static from(a: CertificationAttempt): CertificationAttemptType {
    return Object.assign(new CertificationAttemptType(), {
      id: a.id, employeeId: a.employeeId, certificationId: a.certificationId, attemptedOn: a.attemptedOn, passed: a.passed, score: a.score,
      costAmount: a.costAmount, costCurrency: a.costCurrency, recordId: a.recordId, recordedById: a.recordedById,
      selfReported: a.recordedById === a.employeeId, createdAt: a.createdAt,
    });
  }
}

@BusinessErrorType('DuplicateAttemptError', [C.DUPLICATE_ATTEMPT], { description: 'An attempt of this certification is already recorded for this employee on this day.' })
export class DuplicateAttemptError extends BusinessError {
  @Field() declare field: string;
}

export const RecordCertificationAttemptResult = resultUnion('RecordCertificationAttemptResult', CertificationAttemptType, [C.DUPLICATE_ATTEMPT]);
