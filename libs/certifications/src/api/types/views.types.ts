import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EmployeeRefType } from '@app/employees/graphql';
import { LocalDateScalar } from '@app/shared';
import { CertificationRecordType } from './record.type';
import { CertificationType } from './certification.type';
import { CertificationStatusEnum, GapReasonEnum } from './enums';

@ObjectType('MyCertification', { description: 'One of your certifications: where it stands and what renewing takes.' })
export class MyCertificationType {
  @Field(() => CertificationRecordType) record: CertificationRecordType;
  @Field(() => CertificationType) certification: CertificationType;
  @Field(() => CertificationStatusEnum) status: CertificationStatusEnum;
  @Field(() => Int, { nullable: true }) daysLeft: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveDeadline: string | null;
  @Field(() => String, { nullable: true }) renewalRequirements: string | null;
  @Field(() => String, { nullable: true }) studyGuideUrl: string | null;
  @Field(() => Float, { nullable: true }) estimatedHours: number | null;
  @Field(() => Float, { nullable: true }) costAmount: number | null;
  @Field(() => String, { nullable: true }) costCurrency: string | null;
  @Field(() => String, { nullable: true }) payoff: string | null;
}

@ObjectType('ComplianceGap', { description: 'One person lacking one required certification.' })
export class ComplianceGapType {
  @Field(() => EmployeeRefType) employee: EmployeeRefType;
  @Field(() => ID) certificationId: string;
  @Field() certificationName: string;
  @Field(() => GapReasonEnum) reason: GapReasonEnum;
  @Field(() => ID, { nullable: true, description: 'The lapsed or revoked record, if any.' }) recordId: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Effective deadline of the lapsed record.' }) lapsedDeadline: string | null;
}

@ObjectType('ComplianceGapGroup')
export class ComplianceGapGroupType {
  @Field(() => ID, { nullable: true, description: 'Department, job role or manager id; null: none set.' }) key: string | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => Int, { description: 'Missing or lapsed required certifications in the group.' }) gapCount: number;
  @Field(() => Int, { description: 'People with at least one gap.' }) peopleCount: number;
  @Field(() => [ComplianceGapType]) gaps: ComplianceGapType[];
}
