import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { copyPrefetched, LocalDateScalar } from '@app/shared';
import type { EmployeeView } from '../../employee-view';

export enum EmployeeStatusEnum { ACTIVE = 'ACTIVE', ON_LEAVE = 'ON_LEAVE', TERMINATED = 'TERMINATED' }
export enum WorkContextEnum { OFFICE = 'OFFICE', REMOTE = 'REMOTE', HYBRID = 'HYBRID', FRONTLINE = 'FRONTLINE' }
export enum RoleEnum { HR_ADMIN = 'HR_ADMIN', MANAGER = 'MANAGER', EMPLOYEE = 'EMPLOYEE' }
export enum EmployeeSortEnum { NAME = 'NAME', HIRE_DATE = 'HIRE_DATE', CREATED_AT = 'CREATED_AT' }
registerEnumType(EmployeeStatusEnum, { name: 'EmployeeStatus' });
registerEnumType(WorkContextEnum, { name: 'WorkContext' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(EmployeeSortEnum, { name: 'EmployeeSort' });

@ObjectType('Employee')
export class EmployeeType {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) employeeNumber: string | null;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => [RoleEnum]) roles: RoleEnum[];
  @Field(() => EmployeeStatusEnum) status: EmployeeStatusEnum;
  @Field(() => WorkContextEnum) workContext: WorkContextEnum;
  @Field(() => LocalDateScalar, { nullable: true }) hireDate: string | null;
  @Field(() => ID, { nullable: true }) managerId: string | null;
  @Field(() => ID, { nullable: true }) departmentId: string | null;
  @Field(() => ID, { nullable: true }) jobRoleId: string | null;
  @Field(() => ID, { nullable: true }) locationId: string | null;

  static from(e: EmployeeView): EmployeeType {
    return copyPrefetched(e, Object.assign(new EmployeeType(), {
      id: e.id,
      employeeNumber: e.employeeNumber,
      firstName: e.firstName,
      lastName: e.lastName,
      displayName: `${e.firstName} ${e.lastName}`,
      email: e.email,
      roles: e.roles as RoleEnum[],
      status: e.status as EmployeeStatusEnum,
      workContext: e.workContext as WorkContextEnum,
      hireDate: e.hireDate,
      managerId: e.managerId,
      departmentId: e.departmentId,
      jobRoleId: e.jobRoleId,
      locationId: e.locationId,
    }));
  }
}

/** What anyone may know of a colleague they are linked to (e.g. their manager): a name. */
@ObjectType('EmployeeRef')
export class EmployeeRefType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;

  static from(e: Pick<EmployeeView, 'id' | 'firstName' | 'lastName' | 'email'>): EmployeeRefType {
    return Object.assign(new EmployeeRefType(), { id: e.id, displayName: `${e.firstName} ${e.lastName}`, email: e.email });
  }
}
