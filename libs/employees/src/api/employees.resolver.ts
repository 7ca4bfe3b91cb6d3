import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, groupByKeys, loaderFor, Page, PageArgs, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { EmployeesService } from '../employees.service';
import { EmployeeRepository } from '../employee.repository';
import { Employee } from '../entities/employee.entity';
import { Department } from '../entities/department.entity';
import { Location } from '../entities/location.entity';
import { EmployeeRefType, EmployeeType } from './types/employee.type';
import { DepartmentType, EmployeePage, LocationType } from './types/org.types';
import { JobRoleType } from './types/job-role.types';
import { EmployeeResult } from './types/employee-results';
import { CreateEmployeeInput, EmployeeListArgs, NamedInput, UpdateEmployeeInput } from './inputs/employee.inputs';

const toPageType = (page: Page<Employee>) => ({ ...page, nodes: page.nodes.map(EmployeeType.from) });
const mapResult = (r: object) => (r instanceof Employee ? EmployeeType.from(r) : r);

@Resolver(() => EmployeeType)
export class EmployeesResolver {
  constructor(
    private readonly service: EmployeesService,
    private readonly repo: EmployeeRepository,
  ) {}

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
  async employees(@CurrentViewer() viewer: Viewer, @Args() args: EmployeeListArgs) {
    return toPageType(await this.service.list(viewer, args));
  }

  @SignedIn()
  @Query(() => EmployeePage, { description: 'Your direct reports.' })
  async myTeam(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs) {
    return toPageType(await this.service.list(viewer, { ...args, managerId: viewer.employeeId }));
  }

  @SignedIn()
  @Query(() => EmployeePage, { description: 'Everyone below you in the reporting line (direct and indirect).' })
  async myReportingLine(@CurrentViewer() viewer: Viewer, @Args() args: EmployeeListArgs) {
    return toPageType(await this.service.list(viewer, args, true));
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
    return mapResult(await this.service.create(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => EmployeeResult)
  async updateEmployee(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateEmployeeInput) {
    return mapResult(await this.service.update(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => DepartmentType)
  createDepartment(@CurrentViewer() viewer: Viewer, @Args('input') input: NamedInput): Promise<DepartmentType> {
    return this.service.createOrg(viewer, Department, { name: input.name });
  }

  @Allow('HR_ADMIN')
  @Mutation(() => LocationType)
  createLocation(@CurrentViewer() viewer: Viewer, @Args('input') input: NamedInput): Promise<LocationType> {
    return this.service.createOrg(viewer, Location, { name: input.name });
  }

  @ResolveField(() => EmployeeRefType, { nullable: true })
  async manager(@Parent() e: EmployeeType, @Context() ctx: object): Promise<EmployeeRefType | null> {
    if (!e.managerId) return null;
    const m = await loaderFor(ctx, 'employeeById', (ids: readonly string[]) => this.repo.findByIds(ids).then((rows) => byKeys(ids, rows, (r) => r.id))).load(e.managerId);
    return m ? EmployeeRefType.from(m) : null;
  }

  @ResolveField(() => [EmployeeType], { description: 'Direct reports.' })
  async directReports(@Parent() e: EmployeeType, @Context() ctx: object): Promise<EmployeeType[]> {
    const rows = await loaderFor(ctx, 'directReports', (ids: readonly string[]) => this.repo.directReportsOf(ids).then((r) => groupByKeys(ids, r, (x) => x.managerId as string))).load(e.id);
    return rows.map(EmployeeType.from);
  }

  @ResolveField(() => DepartmentType, { nullable: true })
  department(@Parent() e: EmployeeType, @Context() ctx: object): Promise<DepartmentType | null> | null {
    return e.departmentId ? loaderFor(ctx, 'department', (ids: readonly string[]) => this.repo.departments(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(e.departmentId) : null;
  }

  @ResolveField(() => JobRoleType, { nullable: true })
  async jobRole(@Parent() e: EmployeeType, @Context() ctx: object): Promise<JobRoleType | null> {
    const role = e.jobRoleId ? await loaderFor(ctx, 'jobRole', (ids: readonly string[]) => this.repo.jobRoles(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(e.jobRoleId) : null;
    return role ? JobRoleType.from(role) : null;
  }

  @ResolveField(() => LocationType, { nullable: true })
  location(@Parent() e: EmployeeType, @Context() ctx: object): Promise<LocationType | null> | null {
    return e.locationId ? loaderFor(ctx, 'location', (ids: readonly string[]) => this.repo.locations(ids).then((r) => byKeys(ids, r, (x) => x.id))).load(e.locationId) : null;
  }
}
