import { createUnionType, Field, ObjectType } from '@nestjs/graphql';
import { EmployeeType } from './employee.type';

@ObjectType('EmailTakenError', { description: 'Another employee already uses this email.' })
export class EmailTakenError {
  @Field() message: string;
  @Field() field: string;
  @Field() email: string;
}

@ObjectType('ManagerCycleError', { description: 'The manager is in the employee\'s own reporting line.' })
export class ManagerCycleError {
  @Field() message: string;
  @Field() field: string;
}

export const EmployeeResult = createUnionType({
  name: 'EmployeeResult',
  types: () => [EmployeeType, EmailTakenError, ManagerCycleError] as const,
  resolveType: (value: object) => (value instanceof EmailTakenError ? EmailTakenError : value instanceof ManagerCycleError ? ManagerCycleError : EmployeeType),
});
