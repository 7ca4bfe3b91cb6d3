/**
 * Events other modules follow (e.g. open approvals and playbook runs move to the new manager).
 * Published with EventEmitter2.emitAsync inside the change's transaction, so listeners that write
 * through TransactionHost commit or roll back with it. Published by EmployeeEventPublisher only, for every writer.
 */
export const EMPLOYEE_MANAGER_CHANGED = 'employee.manager-changed';
export const EMPLOYEE_STATUS_CHANGED = 'employee.status-changed';

export interface EmployeeManagerChanged {
  employeeId: string;
  previousManagerId: string | null;
  newManagerId: string | null;
}

export interface EmployeeStatusChanged {
  employeeId: string;
  previousStatus: string;
  newStatus: string;
}
