import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { graphqlResult, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { JobRolesService } from '../job-roles.service';
import { JobRoleResult, JobRoleType } from './types/job-role.types';
import { CreateJobRoleInput, UpdateJobRoleInput } from './inputs/job-role.inputs';

@Resolver(() => JobRoleType)
export class JobRolesResolver {
  constructor(private readonly service: JobRolesService) {}

  @SignedIn()
  @Query(() => [JobRoleType], { description: 'Job roles by name; retired ones only with includeRetired.' })
  async jobRoles(@Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired: boolean): Promise<JobRoleType[]> {
    return (await this.service.list(includeRetired)).map(JobRoleType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => JobRoleResult)
  async createJobRole(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateJobRoleInput): Promise<typeof JobRoleResult> {
    return graphqlResult(await this.service.create(viewer, input), JobRoleType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => JobRoleResult, { description: 'Renames a job role or changes its description.' })
  async updateJobRole(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateJobRoleInput): Promise<typeof JobRoleResult> {
    return graphqlResult(await this.service.update(viewer, input), JobRoleType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => JobRoleType, { description: 'Retires a job role: its people, path and history stay; it gets no new paths or assignments.' })
  async retireJobRole(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<JobRoleType> {
    return JobRoleType.from(await this.service.setRetired(viewer, id, true));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => JobRoleType, { description: 'Brings a retired job role back into use.' })
  async restoreJobRole(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<JobRoleType> {
    return JobRoleType.from(await this.service.setRetired(viewer, id, false));
  }
}
