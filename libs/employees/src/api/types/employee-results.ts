import { createUnionType, Field, ObjectType } from '@nestjs/graphql';
import { Employee } from '../../entities/employee.entity';
import type { EmployeeRefusal } from '../../employees.service';
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

/** THE mapping of an employee write's outcome to its GraphQL answer: the employee, or the error type of its refusal's code. */
export function employeeResult(outcome: Employee | EmployeeRefusal): EmployeeType | EmailTakenError | ManagerCycleError {
  if (outcome instanceof Employee) return EmployeeType.from(outcome);
  const { message, field } = outcome;
  switch (outcome.code) {
    case 'EMAIL_TAKEN':
      return Object.assign(new EmailTakenError(), { message, field, email: outcome.email ?? '' });
    case 'MANAGER_CYCLE':
      return Object.assign(new ManagerCycleError(), { message, field });
    default:
      throw new Error(`An employee write has no GraphQL answer for ${outcome.code}`);
  }
}
