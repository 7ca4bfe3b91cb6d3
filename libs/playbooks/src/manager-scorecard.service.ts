import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { badInput, OrgCalendar, Viewer } from '@app/shared';
import { AccessScope } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { ManagerScorecardRepository, ScorecardRow } from './manager-scorecard.repository';

export interface Scorecard extends ScorecardRow {
  managerId: string;
  month: string;
  /** The day the figures are taken at: the month's last day, or today for the current month. */
  asOf: string;
}

/** The scorecard of a manager (yourself, someone below you, anyone for HR) for a month (default: this month). */
@Injectable()
export class ManagerScorecardService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly scorecards: ManagerScorecardRepository,
    private readonly employees: EmployeeRepository,
    private readonly scope: AccessScope,
  ) {}

  async scorecard(viewer: Viewer, managerId: string, month?: string): Promise<Scorecard> {
    await this.scope.assertCanSee(viewer, (await this.employees.findById(managerId))?.id, 'ManagerScorecard', managerId);
    const today = this.calendar.today();
    const start = month ? DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }) : DateTime.fromISO(today, { zone: 'UTC' }).startOf('month');
    if (!start.isValid) throw badInput('month', 'month must be yyyy-MM');
    const monthStart = start.toISODate() as string;
    if (monthStart > today) throw badInput('month', 'month cannot be in the future');
    const monthEnd = start.endOf('month').toISODate() as string;
    const asOf = monthEnd < today ? monthEnd : today;
    const row = await this.scorecards.scorecard({
      managerId,
      monthStart,
      monthEnd: asOf,
      newSince: DateTime.fromISO(asOf, { zone: 'UTC' }).minus({ days: 89 }).toISODate() as string,
    });
    return { ...row, managerId, month: start.toFormat('yyyy-MM'), asOf };
  }
}
