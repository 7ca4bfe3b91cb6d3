import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { IdentityService } from '@app/auth';
import { EMPLOYEE_STATUS_CHANGED, EmployeeStatusChanged } from './employee-events';

/**
 * A status change (HR's edit or a connector's sync) forgets the employee's remembered sign-ins, so a
 * termination shuts their tokens out on the next request, not IDENTITY_CACHE_SECONDS later.
 */
@Injectable()
export class IdentityForgetter {
  constructor(private readonly identity: IdentityService) {}

  @OnEvent(EMPLOYEE_STATUS_CHANGED, { suppressErrors: false })
  statusChanged(event: EmployeeStatusChanged): void {
    this.identity.forgetEmployee(event.employeeId);
  }
}
