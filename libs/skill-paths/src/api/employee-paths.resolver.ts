import { ResolveField, Resolver } from '@nestjs/graphql';
import { loaderFor, prefetched } from '@app/shared';
import { EmployeeRelations } from '@app/employees';
import { EmployeeType } from '@app/employees/graphql';
import { PathAssignmentRepository } from '../path-assignment.repository';
import { PathAssignmentType } from './types/assignment.types';

/** Employee.pathAssignments: the employee is already in the viewer's scope, so are their assignments. */
@Resolver(() => EmployeeType)
export class EmployeePathsResolver {
  constructor(
    private readonly repo: PathAssignmentRepository,
    relations: EmployeeRelations,
  ) {
    // Employee lists read the assignments in their own statement when the selection allows (look-ahead).
    relations.register('pathAssignments', (selection, sql, exact) => PathAssignmentRepository.assignmentsJsonSql(selection, sql, exact));
  }

  @ResolveField(() => [PathAssignmentType], { description: 'Skill paths this employee is on, with current and target level.' })
  pathAssignments(e: EmployeeType, _args: unknown, ctx: object): Promise<PathAssignmentType[]> | PathAssignmentType[] {
    const ahead = prefetched<PathAssignmentType[]>(e, 'pathAssignments');
    if (ahead) return ahead;
    return loaderFor(ctx, 'pathAssignmentsByEmployee', (ids: readonly string[]) => this.repo.byEmployeeIds(ids).then((rows) => rows.map((r) => r.map(PathAssignmentType.from)))).load(e.id);
  }
}
