import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { EMPLOYEE_MANAGER_CHANGED, EmployeeManagerChanged } from '@app/employees';
import { PlaybooksService } from './playbooks.service';

/** Open playbook runs follow the employee to their new manager, in the change's transaction. */
@Injectable()
export class PlaybookManagerChangedListener {
  constructor(private readonly playbooks: PlaybooksService) {}

  @OnEvent(EMPLOYEE_MANAGER_CHANGED, { promisify: true, suppressErrors: false })
  async onManagerChanged(event: EmployeeManagerChanged): Promise<void> {
    await this.playbooks.moveOpenRuns(event.employeeId, event.newManagerId);
  }
}
