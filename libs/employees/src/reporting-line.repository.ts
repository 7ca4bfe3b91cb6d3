import { Injectable } from '@nestjs/common';
import { ReportingLine } from '@app/auth';
import { GenerateSql, SkipGenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { reportingLineSql } from './reporting-line.sql';

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
   * The walk starts from the manager, so a refused id and a missing one cost the same (the manager's whole line is
   * read either way): timing does not tell which ids exist. A managed one stops the walk where it is found.
   */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  async reach(managerId: string, employeeId: string): Promise<{ exists: boolean; managed: boolean }> {
    const rows = await this.tx.query<{ exists: boolean; managed: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM employee WHERE id = $2) AS exists,
              EXISTS (SELECT 1 FROM (${reportingLineSql('$1')}) line WHERE line.id = $2) AS managed`,
      [managerId, employeeId],
    );
    return { exists: rows[0]?.exists === true, managed: rows[0]?.managed === true };
  }
}
