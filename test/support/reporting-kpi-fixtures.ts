import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@app/persistence';
import { CertificationRecordRepository, CertificationRepository } from '@app/certifications';
import { PlaybookRepository, PlaybookRunStep } from '@app/playbooks';
import { PracticeBudgetRepository } from '@app/practice-budgets';
import { PathAssignment, PathAssignmentRepository, SkillPathRepository } from '@app/skill-paths';
import { makeDepartment, makeEmployee, makeJobRole, MadeEmployee, uniqueName } from './factories';

export interface KpiScenario {
  departmentId: string;
  manager: MadeEmployee;
  people: MadeEmployee[];
}

/**
 * A department of three under one manager, with known outcomes as of 2030-03-01:
 * assignments reached in 10 and 40 days and one stalled before PROFICIENT; one renewal on time and
 * one record expired unrenewed; 5 of 10 practice hours used; 1 of 2 due playbook steps on time.
 */
export async function makeKpiScenario(ds: DataSource): Promise<KpiScenario> {
  const tx = new TransactionHost(ds);
  const departmentId = await makeDepartment(ds);
  const jobRoleId = await makeJobRole(ds);
  const manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
  const people: MadeEmployee[] = [];
  for (let i = 0; i < 3; i++) people.push(await makeEmployee(ds, { managerId: manager.id, departmentId, jobRoleId }));
  const [p1, p2, p3] = people.map((p) => p.id);

  const { path } = await new SkillPathRepository(tx).insertPath({ jobRoleId, name: uniqueName('Path'), description: null }, []);
  const assignments = new PathAssignmentRepository(tx);
  const assignedAt = new Date('2030-01-01T12:00:00Z');
  for (const [employeeId, currentLevel, targetLevel] of [[p1, 'PROFICIENT', 'PROFICIENT'], [p2, 'PROFICIENT', 'PROFICIENT'], [p3, 'BASELINE', 'ADVANCED']] as const) {
    await assignments.save(Object.assign(new PathAssignment(), { employeeId, pathId: path.id, currentLevel, targetLevel, targetDate: null, assignedById: null, createdAt: assignedAt }));
  }
  await assignments.insertAchievements([
    { employeeId: p1, pathId: path.id, level: 'PROFICIENT', reachedOn: '2030-01-11' },
    { employeeId: p2, pathId: path.id, level: 'PROFICIENT', reachedOn: '2030-02-10' },
    { employeeId: p3, pathId: path.id, level: 'BASELINE', reachedOn: '2030-01-20' },
  ]);

  const cert = await new CertificationRepository(tx).insert({ name: uniqueName('Cert'), issuer: 'Issuer', costAmount: '300', costCurrency: 'EUR' });
  const records = new CertificationRecordRepository(tx);
  const none = { extendedUntil: null, renewsId: null, credentialId: null, credentialUrl: null, evidenceUrl: null };
  const lapsedId = randomUUID();
  const renewalId = randomUUID();
  await records.insert({ id: lapsedId, employeeId: p1, certificationId: cert.id, earnedOn: '2029-01-01', expiresOn: '2030-01-01', ...none });
  await records.update(lapsedId, { supersededById: renewalId });
  await records.insert({ id: renewalId, employeeId: p1, certificationId: cert.id, earnedOn: '2029-12-15', expiresOn: '2031-01-01', ...none });
  await records.insert({ id: randomUUID(), employeeId: p2, certificationId: cert.id, earnedOn: '2028-01-01', expiresOn: '2029-01-01', graceEndsOn: '2029-01-31', ...none });

  const budgets = new PracticeBudgetRepository(tx);
  const budget = await budgets.insertBudget({ employeeId: p1, proposedById: manager.id, pathLevelId: null, program: 'Practice', hours: 10, periodStart: '2030-01-01', periodEnd: '2030-03-31', status: 'APPROVED' });
  await budgets.insertSession({ budgetId: budget.id, employeeId: p1, practicedOn: '2030-01-20', minutes: 120, note: null });
  await budgets.insertSession({ budgetId: budget.id, employeeId: p1, practicedOn: '2030-02-05', minutes: 180, note: null });

  const playbooks = new PlaybookRepository(tx);
  const template = await playbooks.insertTemplate({ name: uniqueName('Playbook'), description: null, active: true });
  const run = await playbooks.insertRun({
    templateId: template.id, employeeId: p1, managerId: manager.id, startedById: manager.id, trainingName: 'Training', trainingDate: '2030-02-01', pathLevelId: null, certificationId: null, status: 'OPEN',
  });
  const steps = [[1, 'BEFORE', 'Set expectations', '2030-02-01', '2030-01-30'], [2, 'AFTER', 'Observe', '2030-02-10', '2030-02-15'], [3, 'AFTER', 'Feedback', '2030-04-01', null]] as const;
  for (const [position, kind, title, dueOn, completedOn] of steps) {
    await playbooks.saveStep(Object.assign(new PlaybookRunStep(), { runId: run.id, position, kind, title, dueOn, completedOn }));
  }
  return { departmentId, manager, people };
}

/** Minimal RFC 4180 parser for the tests (quoted cells, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
