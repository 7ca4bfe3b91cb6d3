import { ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKeys, loaderFor } from '@app/shared';
import { EmployeeType } from '@app/employees';
import { RecordStatusQuery } from '../record-status.query';
import { CertificationRecordType } from './types/record.type';

/** Employee.currentCertifications: the employee is already in the viewer's scope, so are their records. */
@Resolver(() => EmployeeType)
export class EmployeeCertificationsResolver {
  constructor(private readonly status: RecordStatusQuery) {}

  @ResolveField(() => [CertificationRecordType], { description: 'Current (not superseded, not revoked) certification records with today\'s status.' })
  currentCertifications(e: EmployeeType, _args: unknown, ctx: object): Promise<CertificationRecordType[]> {
    const loader = loaderFor(ctx, 'currentCertificationsByEmployee', (ids: readonly string[]) =>
      this.status.currentOf(ids).then((rows) => groupByKeys(ids, rows.map(CertificationRecordType.from), (r) => r.employeeId)),
    );
    return loader.load(e.id);
  }
}
