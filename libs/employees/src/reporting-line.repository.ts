import { Injectable } from '@nestjs/common';
import { ReportingLine } from '@app/auth';
import { GenerateSql, SkipGenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { managersAboveSql, reportingLineSql } from './reporting-line.sql';

/** The reporting line other libs (auth's AccessScope among them) read, through the one walk of reporting-line.sql. */
@Injectable()
export class ReportingLineRepository extends ReportingLine {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  @SkipGenerateSql('builds SQL text for other statements (their snapshots show it); runs nothing')
  lineSql(managerParam: string, includeSelf: boolean): string {
    return reportingLineSql(managerParam, includeSelf);
  }

  /**
   * Whether `employeeId` exists, and whether `managerId` is above them: one statement walking up from the employee
   * (at most REPORTING_LINE_MAX_DEPTH lookups), so the cost never grows with the size of the manager's line.
   */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  async reach(managerId: string, employeeId: string): Promise<{ exists: boolean; managed: boolean }> {
    const rows = await this.tx.query<{ exists: boolean; managed: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM employee WHERE id = $2) AS exists,
              EXISTS (SELECT 1 FROM (${managersAboveSql('$2::uuid')}) up WHERE up.manager_id = $1) AS managed`,
      [managerId, employeeId],
    );
    return { exists: rows[0]?.exists === true, managed: rows[0]?.managed === true };
  }
}
