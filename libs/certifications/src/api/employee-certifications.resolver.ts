import { ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKeys, loaderFor, OrgCalendar, prefetched, selectedFields, SelectionInfo, selectionKey } from '@app/shared';
import { EmployeeRelations } from '@app/employees';
import { EmployeeType } from '@app/employees/graphql';
import { currentRecordsJsonSql } from '../record-view-columns';
import { RecordStatusQuery } from '../record-status.query';
import { CertificationRecordType } from './types/record.type';

/** Employee.currentCertifications: the employee is already in the viewer's scope, so are their records. */
@Resolver(() => EmployeeType)
export class EmployeeCertificationsResolver {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly status: RecordStatusQuery,
    relations: EmployeeRelations,
  ) {
    // Employee lists read the records in their own statement when the selection allows (look-ahead).
    relations.register('currentCertifications', (selection, sql, exact) => currentRecordsJsonSql(selection, sql, () => sql.param(this.calendar.today()), exact));
  }

  @ResolveField(() => [CertificationRecordType], { description: 'Current (not superseded, not revoked) certification records with today\'s status.' })
  currentCertifications(e: EmployeeType, _args: unknown, ctx: object, info: SelectionInfo): Promise<CertificationRecordType[]> | CertificationRecordType[] {
    const ahead = prefetched<CertificationRecordType[]>(e, 'currentCertifications');
    if (ahead) return ahead;
    // Only the fields asked for are read; the loader is per selection, so two selections never share partial rows.
    const fields = selectedFields(info);
    const loader = loaderFor(ctx, `currentCertificationsByEmployee:${selectionKey(fields)}`, (ids: readonly string[]) =>
      this.status.currentFieldsOf(ids, fields).then((rows) => groupByKeys(ids, rows.map(CertificationRecordType.fromPartial), (r) => r.employeeId)),
    );
    return loader.load(e.id);
  }
}
