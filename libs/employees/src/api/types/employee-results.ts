import { Field } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode, BusinessErrorType, resultUnion } from '@app/shared';
import { EmployeeType } from './employee.type';

@BusinessErrorType('EmailTakenError', [BusinessErrorCode.EMAIL_TAKEN], { description: 'Another employee already uses this email.' })
export class EmailTakenError extends BusinessError {
  @Field() declare field: string;
  @Field() email: string;
}

@BusinessErrorType('ManagerCycleError', [BusinessErrorCode.MANAGER_CYCLE], { description: 'The manager is in the employee\'s own reporting line.' })
export class ManagerCycleError extends BusinessError {
  @Field() declare field: string;
}

export const EmployeeResult = resultUnion('EmployeeResult', EmployeeType, [BusinessErrorCode.EMAIL_TAKEN, BusinessErrorCode.MANAGER_CYCLE]);
