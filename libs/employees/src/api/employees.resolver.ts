import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { answerRaw, byKeys, graphqlResult, groupByKeys, loaderFor, PageArgs, plainNodes, prefetched, responsePath, selectionTree, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { EmployeesService } from '../employees.service';
import { EmployeeListPage, EmployeeRepository } from '../employee.repository';
import { EmployeeRelations, RelationSql } from '../employee-relations';
import { ORG_RELATIONS, orgRelationJsonSql } from '../org-relations.sql';
import { employeeJsonSql } from '../employee-json.sql';
import { Department } from '../entities/department.entity';
import { Location } from '../entities/location.entity';
import { EmployeeRefType, EmployeeType } from './types/employee.type';
import { DepartmentResult, DepartmentType, EmployeePage, LocationResult, LocationType } from './types/org.types';
import { JobRoleType } from './types/job-role.types';
import { EmployeeResult } from './types/employee-results';
import { CreateEmployeeInput, EmployeeListArgs, NamedInput, UpdateEmployeeInput } from './inputs/employee.inputs';

@Resolver(() => EmployeeType)
export class EmployeesResolver {
  constructor(
    private readonly service: EmployeesService,
    private readonly repo: EmployeeRepository,
    private readonly relations: EmployeeRelations,
  ) {
    for (const relation of ORG_RELATIONS) relations.register(relation, (selection, sql, exact) => orgRelationJsonSql(relation, selection, sql, exact));
  }

  /**
   * The relation fields selected under a list's nodes, read in the list's own statement (look-ahead); when the
   * nodes' selection is plain, each node's whole answer as exact JSON instead (raw-json.ts).
   */
  private lookAhead(info: GraphQLResolveInfo) {
    const nodes = selectionTree(info).fields.get('nodes');
    const plain = plainNodes(info);
    return {
      fields: this.relations.fields(),
      columns: (sql: RelationSql) => this.relations.columns(nodes, sql),
      nodeJson: plain ? (sql: RelationSql) => employeeJsonSql(plain.tree, this.relations, sql) : undefined,
    };
  }

  /** The page as GraphQL answers it: nodes read as JSON go into the response as they are. */
  private answer(ctx: object, info: GraphQLResolveInfo, page: EmployeeListPage) {
    if (page.nodesJson === undefined) return { ...page, nodes: page.nodes.map(EmployeeType.from) };
    answerRaw(ctx, [...responsePath(info.path), 'nodes'], page.nodesJson);
    return { totalCount: page.totalCount, pageInfo: page.pageInfo, nodes: [] };
  }

  @SignedIn()
  @Query(() => EmployeeType, { description: 'The signed-in employee.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<EmployeeType> {
    return EmployeeType.from(await this.service.get(viewer, viewer.employeeId));
  }

  @SignedIn()
  @Query(() => EmployeeType, { description: 'One employee: yourself, someone in your reporting line, or anyone for HR.' })
  async employee(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EmployeeType> {
    return EmployeeType.from(await this.service.get(viewer, id));
  }

  @SignedIn()
  @Query(() => EmployeePage, { description: 'Employees you may see, filtered and sorted.' })
  async employees(@CurrentViewer() viewer: Viewer, @Args() args: EmployeeListArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: object) {
    return this.answer(ctx, info, await this.service.list(viewer, args, false, this.lookAhead(info)));
  }

  @SignedIn()
  @Query(() => EmployeePage, { description: 'Your direct reports.' })
  async myTeam(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: object) {
    return this.answer(ctx, info, await this.service.list(viewer, { ...args, managerId: viewer.employeeId }, false, this.lookAhead(info)));
  }

  @SignedIn()
  @Query(() => EmployeePage, { description: 'Everyone below you in the reporting line (direct and indirect).' })
  async myReportingLine(@CurrentViewer() viewer: Viewer, @Args() args: EmployeeListArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: object) {
    return this.answer(ctx, info, await this.service.list(viewer, args, true, this.lookAhead(info)));
  }

  @SignedIn()
  @Query(() => [DepartmentType])
  departments(): Promise<DepartmentType[]> {
    return this.service.listOrg(Department);
  }

  @SignedIn()
  @Query(() => [LocationType])
  locations(): Promise<LocationType[]> {
    return this.service.listOrg(Location);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => EmployeeResult)
  async createEmployee(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateEmployeeInput) {
    return graphqlResult(await this.service.create(viewer, input), EmployeeType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => EmployeeResult)
  async updateEmployee(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateEmployeeInput) {
    return graphqlResult(await this.service.update(viewer, input), EmployeeType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => DepartmentResult, { description: 'A name taken (ignoring case) is a DuplicateNameError.' })
  createDepartment(@CurrentViewer() viewer: Viewer, @Args('input') input: NamedInput): Promise<typeof DepartmentResult> {
    return this.service.createOrg(viewer, Department, { name: input.name });
  }

  @Allow('HR_ADMIN')
  @Mutation(() => LocationResult, { description: 'A name taken (ignoring case) is a DuplicateNameError.' })
  createLocation(@CurrentViewer() viewer: Viewer, @Args('input') input: NamedInput): Promise<typeof LocationResult> {
    return this.service.createOrg(viewer, Location, { name: input.name });
  }

  @ResolveField(() => EmployeeRefType, { nullable: true })
  async manager(e: EmployeeType, _args: unknown, ctx: object): Promise<EmployeeRefType | null> {
    if (!e.managerId) return null;
    const m = await loaderFor(ctx, 'employeeById', (ids: readonly string[]) => this.repo.findByIds(ids).then((rows) => byKeys(ids, rows, (r) => r.id))).load(e.managerId);
    return m ? EmployeeRefType.from(m) : null;
  }

  @ResolveField(() => [EmployeeType], { description: 'Direct reports.' })
  async directReports(e: EmployeeType, _args: unknown, ctx: object): Promise<EmployeeType[]> {
    const rows = await loaderFor(ctx, 'directReports', (ids: readonly string[]) => this.repo.directReportsOf(ids).then((r) => groupByKeys(ids, r, (x) => x.managerId as string))).load(e.id);
    return rows.map(EmployeeType.from);
  }

  @ResolveField(() => DepartmentType, { nullable: true })
  department(e: EmployeeType, _args: unknown, ctx: object): Promise<DepartmentType | null> | DepartmentType | null {
    const ahead = prefetched<DepartmentType | null>(e, 'department');
    if (ahead !== undefined) return ahead;
    return e.departmentId ? loaderFor(ctx, 'department', (ids: readonly string[]) => this.repo.departments(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(e.departmentId) : null;
  }

  @ResolveField(() => JobRoleType, { nullable: true })
  jobRole(e: EmployeeType, _args: unknown, ctx: object): Promise<JobRoleType | null> | JobRoleType | null {
    const ahead = prefetched<JobRoleType | null>(e, 'jobRole');
    if (ahead !== undefined) return ahead;
    if (!e.jobRoleId) return null;
    return loaderFor(ctx, 'jobRole', (ids: readonly string[]) => this.repo.jobRoles(ids).then((r) => byKeys(ids, r.map(JobRoleType.from), (x) => x.id))).load(e.jobRoleId);
  }

  @ResolveField(() => LocationType, { nullable: true })
  location(e: EmployeeType, _args: unknown, ctx: object): Promise<LocationType | null> | LocationType | null {
    const ahead = prefetched<LocationType | null>(e, 'location');
    if (ahead !== undefined) return ahead;
    return e.locationId ? loaderFor(ctx, 'location', (ids: readonly string[]) => this.repo.locations(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(e.locationId) : null;
  }
}
