import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { loaderFor } from '@app/shared';
import { EmployeeType } from '@app/employees';
import { PathAssignmentRepository } from '../path-assignment.repository';
import { PathAssignmentType } from './types/assignment.types';

/** Employee.pathAssignments: the employee is already in the viewer's scope, so are their assignments. */
@Resolver(() => EmployeeType)
export class EmployeePathsResolver {
  constructor(private readonly repo: PathAssignmentRepository) {}

  @ResolveField(() => [PathAssignmentType], { description: 'Skill paths this employee is on, with current and target level.' })
  async pathAssignments(@Parent() e: EmployeeType, @Context() ctx: object): Promise<PathAssignmentType[]> {
    const rows = await loaderFor(ctx, 'pathAssignmentsByEmployee', (ids: readonly string[]) => this.repo.byEmployeeIds(ids)).load(e.id);
    return rows.map(PathAssignmentType.from);
  }
}
