import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/shared';
import { TeamMember, TeamMemberCertification, TeamMemberPath, TeamOverview } from './team-overview.model';

@ObjectType('TeamMemberPath')
export class TeamMemberPathType implements TeamMemberPath {
  @Field() pathName: string;
  @Field(() => String, { nullable: true, description: 'Null = not yet baseline.' }) currentLevel: string | null;
  @Field() targetLevel: string;
  @Field(() => LocalDateScalar, { nullable: true }) targetDate: string | null;
}

@ObjectType('TeamMemberCertification')
export class TeamMemberCertificationType implements TeamMemberCertification {
  @Field(() => ID) recordId: string;
  @Field() certificationName: string;
  @Field({ description: 'Status today: ACTIVE, RENEWAL_DUE, IN_GRACE or EXPIRED.' }) status: string;
  @Field(() => Int, { nullable: true }) daysLeft: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveDeadline: string | null;
}

@ObjectType('TeamMember', { description: 'One person of a reporting line with their levels and current certifications.' })
export class TeamMemberType implements TeamMember {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() status: string;
  @Field(() => ID, { nullable: true }) managerId: string | null;
  @Field(() => String, { nullable: true }) department: string | null;
  @Field(() => String, { nullable: true }) jobRole: string | null;
  @Field(() => [TeamMemberPathType]) paths: TeamMemberPathType[];
  @Field(() => [TeamMemberCertificationType]) certifications: TeamMemberCertificationType[];
}

@ObjectType('TeamOverview')
export class TeamOverviewType implements TeamOverview {
  @Field(() => Int) totalCount: number;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor: string | null;
  @Field() hasNextPage: boolean;
  @Field(() => [TeamMemberType]) members: TeamMemberType[];
}
