/** Published (EventEmitter2.emitAsync, inside the transaction) when a manager starts a playbook run. */
export const PLAYBOOK_RUN_STARTED = 'playbook.run-started';

export interface PlaybookRunStarted {
  runId: string;
  employeeId: string;
  managerId: string | null;
  trainingName: string;
  trainingDate: string;
}
