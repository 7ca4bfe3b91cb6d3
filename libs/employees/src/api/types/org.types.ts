import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageOf } from '@app/shared';
import { EmployeeType } from './employee.type';

@ObjectType('Department')
export class DepartmentType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
}

@ObjectType('Location')
export class LocationType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) timeZone: string | null;
}

export const EmployeePage = PageOf(EmployeeType, 'Employee');

