import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BusinessErrorCode as C, DateTimeScalar, resultUnion } from '@app/shared';
import { JobRole } from '../../entities/job-role.entity';

@ObjectType('JobRole')
export class JobRoleType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'A retired role keeps its people and history but gets no new paths or assignments.' }) retired: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) retiredAt: Date | null;

  static from(r: JobRole): JobRoleType {
    return Object.assign(new JobRoleType(), { id: r.id, name: r.name, description: r.description, retired: r.retiredAt !== null, retiredAt: r.retiredAt });
  }
}

export const JobRoleResult = resultUnion('JobRoleResult', JobRoleType, [C.DUPLICATE_NAME]);
