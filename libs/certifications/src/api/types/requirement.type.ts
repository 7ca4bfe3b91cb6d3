import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CertificationRequirement } from '../../entities/certification-requirement.entity';
import { RequirementLevelEnum } from './enums';

@ObjectType('CertificationRequirement', { description: 'A certification a job role needs at a path level.' })
export class CertificationRequirementType {
  @Field(() => ID) id: string;
  @Field(() => ID) jobRoleId: string;
  @Field(() => RequirementLevelEnum) level: RequirementLevelEnum;
  @Field(() => ID) certificationId: string;
  @Field({ description: 'true: compliance requirement; false: optional / recommended.' }) required: boolean;

  static from(r: CertificationRequirement): CertificationRequirementType {
    return Object.assign(new CertificationRequirementType(), {
      id: r.id,
      jobRoleId: r.jobRoleId,
      level: r.level as RequirementLevelEnum,
      certificationId: r.certificationId,
      required: r.required,
    });
  }
}
