import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar, PageArgs, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { SnapshotsService } from '../snapshots.service';
import type { SavedSnapshotRow } from '../snapshot.repository';
import { EmployeeSnapshotPage, EmployeeSnapshotType, MonthlySnapshotRunType, SavedSnapshotType, SnapshotComparisonType } from './types/snapshot.types';

@ArgsType()
class TeamSnapshotsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Whose reporting line (default: yours). Must be visible to you.' })
  @IsOptional() @IsUUID()
  managerId?: string;
}

const toSaved = (r: SavedSnapshotRow): SavedSnapshotType => ({
  id: r.id, employeeId: r.employee_id, assignmentId: r.assignment_id, kind: r.kind, takenOn: r.taken_on, periodMonth: r.period_month, section: { observedAhead: [], ...r.content },
});

@Resolver()
export class SnapshotsResolver {
  constructor(private readonly service: SnapshotsService) {}

  @SignedIn()
  @Query(() => EmployeeSnapshotType, { description: 'Live from–to snapshot of one employee: yourself, someone in your reporting line, or anyone for HR.' })
  fromToSnapshot(@CurrentViewer() viewer: Viewer, @Args('employeeId', { type: () => ID }) employeeId: string): Promise<EmployeeSnapshotType> {
    return this.service.forEmployee(viewer, employeeId);
  }

  @SignedIn()
  @Query(() => EmployeeSnapshotPage, { description: 'Live snapshots of a whole reporting line, by name (up to 200 a page; constant SQL statements).' })
  teamSnapshots(@CurrentViewer() viewer: Viewer, @Args() args: TeamSnapshotsArgs) {
    return this.service.team(viewer, args.managerId, args.first ?? 50, args.after);
  }

  @SignedIn()
  @Query(() => [SavedSnapshotType], { description: 'Saved snapshots of an employee, newest first.' })
  async snapshotHistory(@CurrentViewer() viewer: Viewer, @Args('employeeId', { type: () => ID }) employeeId: string): Promise<SavedSnapshotType[]> {
    return (await this.service.history(viewer, employeeId)).map(toSaved);
  }

  @SignedIn()
  @Query(() => [SnapshotComparisonType], { description: 'Levels and behaviours gained between the snapshots saved on (or latest before) two dates.' })
  compareSnapshots(
    @CurrentViewer() viewer: Viewer,
    @Args('employeeId', { type: () => ID }) employeeId: string,
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @Args('to', { type: () => LocalDateScalar }) to: string,
  ): Promise<SnapshotComparisonType[]> {
    return this.service.compare(viewer, employeeId, from, to);
  }

  @SignedIn()
  @Mutation(() => [SavedSnapshotType], { description: "Saves today's snapshot of each of the employee's assignments (again the same day: replaced)." })
  async saveSnapshot(@CurrentViewer() viewer: Viewer, @Args('employeeId', { type: () => ID }) employeeId: string): Promise<SavedSnapshotType[]> {
    return (await this.service.save(viewer, employeeId)).map(toSaved);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => MonthlySnapshotRunType, { description: "Saves this month's snapshot for everyone on a path (idempotent; the scheduler runs it too)." })
  async saveMonthlySnapshots(@CurrentViewer() viewer: Viewer, @Args('month', { description: 'yyyy-MM, the current month.' }) month: string): Promise<MonthlySnapshotRunType> {
    return { month, saved: await this.service.saveMonthly(viewer, month) };
  }
}
