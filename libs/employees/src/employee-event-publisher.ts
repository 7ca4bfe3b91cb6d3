import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { EMPLOYEE_MANAGER_CHANGED, EMPLOYEE_STATUS_CHANGED, EmployeeManagerChanged, EmployeeStatusChanged } from './employee-events';

/**
 * The one place employee events are published, whoever made the change (HR through GraphQL, a connector through
 * EmployeeSyncWriter): once per person and change, awaited inside the change's transaction (see employee-events.ts).
 */
@Injectable()
export class EmployeeEventPublisher {
  constructor(private readonly events: EventEmitter2) {}

  async managersChanged(changes: readonly EmployeeManagerChanged[]): Promise<void> {
    for (const c of changes) {
      if (c.previousManagerId === c.newManagerId) continue;
      const event: EmployeeManagerChanged = { employeeId: c.employeeId, previousManagerId: c.previousManagerId, newManagerId: c.newManagerId };
      await this.events.emitAsync(EMPLOYEE_MANAGER_CHANGED, event);
    }
  }

  async statusesChanged(changes: readonly EmployeeStatusChanged[]): Promise<void> {
    for (const c of changes) {
      if (c.previousStatus === c.newStatus) continue;
      const event: EmployeeStatusChanged = { employeeId: c.employeeId, previousStatus: c.previousStatus, newStatus: c.newStatus };
      await this.events.emitAsync(EMPLOYEE_STATUS_CHANGED, event);
    }
  }
}
