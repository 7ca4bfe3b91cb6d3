import { INestApplication } from '@nestjs/common';
import { DateTime } from 'luxon';
import { TransactionHost } from '@app/persistence';
import { BusinessErrorCode, DomainFailure, OrgCalendar, Role, Viewer } from '@app/shared';
import { PlaybooksService } from '@app/playbooks';
import { PathAssignmentsService } from '@app/skill-paths';
import { PracticeBudgetsService } from '@app/practice-budgets';
import { demoAssignmentLevels } from './demo-catalog';
import { DEMO_EMPLOYEE_KEY, DEMO_HR_KEY, DEMO_MANAGER_KEY, demoEmail, demoPeople, demoSubject } from './demo-people';
import { loadDemoPlaybookTemplates } from './demo-playbooks';

export const DEMO_RUN_TRAINING = 'ITIL 4 Foundation exam';
export const DEMO_BUDGET_PROGRAM = 'ITIL 4 Foundation study';

/** The saved value of a service result; a business failure stops the demo load with its code and message. */
function expectSaved<T extends { id: string }, C extends BusinessErrorCode>(what: string, result: T | DomainFailure<C>): T {
  if (result instanceof DomainFailure) throw new Error(`Demo: ${what} was refused: ${result.errorCode} ${result.message}`);
  return result;
}

/**
 * What the demo's manager does in the product, through the same services (and so the same checks,
 * audit entries and workflow notifications) as the console: HR writes the playbook templates; Maya
 * Lopez puts her team on their path, starts a playbook around Eli Turner's ITIL exam in ten days and
 * proposes his study budget, which her own manager approves. Eli and Maya find these in their
 * notifications, unread, on first sign-in.
 */
export async function loadDemoWorkflow(app: INestApplication, ids: Map<string, string>): Promise<void> {
  const budgets = app.get(PracticeBudgetsService, { strict: false });
  // The services' own today (the organization's time zone), so every date given them is valid to them.
  const today = DateTime.fromISO(app.get(OrgCalendar, { strict: false }).today(), { zone: 'UTC' });
  const people = demoPeople();
  const viewer = (key: string): Viewer => {
    const p = people.find((x) => x.key === key);
    if (!p) throw new Error(`Demo: no person ${key}`);
    return { employeeId: ids.get(key) as string, roles: p.roles as Role[], subject: demoSubject(demoEmail(key)) };
  };
  const hr = viewer(DEMO_HR_KEY);
  const manager = viewer(DEMO_MANAGER_KEY);
  const approver = viewer(people.find((p) => p.key === DEMO_MANAGER_KEY)?.managerKey as string);
  const eli = ids.get(DEMO_EMPLOYEE_KEY) as string;
  const tx = app.get(TransactionHost);

  const templates = await loadDemoPlaybookTemplates(app, hr);

  const [path] = await tx.query<{ id: string; proficient: string }>(
    `SELECT p.id, l.id AS proficient FROM skill_path p JOIN job_role j ON j.id = p.job_role_id JOIN path_level l ON l.path_id = p.id AND l.level = 'PROFICIENT' WHERE j.name = 'Support Agent'`,
  );
  const assignments = app.get(PathAssignmentsService, { strict: false });
  const agents = people.filter((p) => p.role === 'Support Agent');
  for (const [i, p] of agents.entries()) {
    if (p.managerKey !== DEMO_MANAGER_KEY) continue;
    const { current, target } = demoAssignmentLevels(i);
    const input = { employeeId: ids.get(p.key) as string, pathId: path.id, currentLevel: current ?? undefined, targetLevel: target, targetDate: today.plus({ months: 6 }).toISODate() as string };
    expectSaved(`assigning ${p.key}`, await assignments.assign(manager, input as Parameters<PathAssignmentsService['assign']>[1]));
  }

  const training = today.plus({ days: 10 }).toISODate() as string;
  const [itil] = await tx.query<{ id: string }>(`SELECT id FROM certification WHERE name = 'ITIL 4 Foundation'`);
  expectSaved('the demo playbook run', await app.get(PlaybooksService, { strict: false }).startRun(manager, {
    templateId: templates.get('ITIL 4 Foundation exam') as string,
    employeeId: eli,
    trainingName: DEMO_RUN_TRAINING,
    trainingDate: training,
    pathLevelId: path.proficient,
    certificationId: itil?.id,
  }));

  const budget = expectSaved('the demo practice budget', await budgets.propose(manager, {
    employeeId: eli, program: DEMO_BUDGET_PROGRAM, hours: 12, periodStart: today.toISODate() as string, periodEnd: training,
  }));
  expectSaved('approving the demo practice budget', await budgets.decideBudget(approver, { id: budget.id, approve: true, note: 'Good plan: two sessions a week until the exam.' }));
}
