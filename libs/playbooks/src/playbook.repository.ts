import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@app/persistence';
import { PlaybookTemplate } from './entities/playbook-template.entity';
import { PlaybookTemplateStep } from './entities/playbook-template-step.entity';
import { PlaybookRun } from './entities/playbook-run.entity';
import { PlaybookRunStep } from './entities/playbook-run-step.entity';

/** Every query on playbook templates and runs. */
@Injectable()
export class PlaybookRepository {
  constructor(private readonly tx: TransactionHost) {}

  findTemplate(id: string): Promise<PlaybookTemplate | null> {
    return this.tx.manager.findOne(PlaybookTemplate, { where: { id } });
  }

  findTemplateByName(name: string): Promise<PlaybookTemplate | null> {
    return this.tx.manager.findOne(PlaybookTemplate, { where: { name } });
  }

  listTemplates(): Promise<PlaybookTemplate[]> {
    return this.tx.manager.find(PlaybookTemplate, { order: { name: 'ASC' } });
  }

  templateSteps(templateIds: readonly string[]): Promise<PlaybookTemplateStep[]> {
    return this.tx.manager.createQueryBuilder(PlaybookTemplateStep, 's').where('s.template_id = ANY(:templateIds)', { templateIds }).orderBy('s.position').getMany();
  }

  findRun(id: string): Promise<PlaybookRun | null> {
    return this.tx.manager.findOne(PlaybookRun, { where: { id } });
  }

  findStep(id: string): Promise<PlaybookRunStep | null> {
    return this.tx.manager.findOne(PlaybookRunStep, { where: { id } });
  }

  /** Copies the template's steps into the run with due dates = training date + offset (one statement). */
  async copySteps(runId: string, templateId: string, trainingDate: string): Promise<void> {
    await this.tx.query(
      `INSERT INTO playbook_run_step (run_id, position, kind, title, guidance, due_on)
       SELECT $1, s.position, s.kind, s.title, s.guidance, $3::date + s.offset_days
         FROM playbook_template_step s WHERE s.template_id = $2`,
      [runId, templateId, trainingDate],
    );
  }

  runSteps(runIds: readonly string[]): Promise<PlaybookRunStep[]> {
    return this.tx.manager.createQueryBuilder(PlaybookRunStep, 's').where('s.run_id = ANY(:runIds)', { runIds }).orderBy('s.position').getMany();
  }

  /** Marks the run completed when none of its steps is open. */
  async completeRunIfDone(runId: string): Promise<boolean> {
    const rows = await this.tx.query<{ id: string }>(
      `WITH done AS (
         UPDATE playbook_run r SET status = 'COMPLETED', completed_at = now(), updated_at = now()
          WHERE r.id = $1 AND r.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM playbook_run_step s WHERE s.run_id = r.id AND s.completed_at IS NULL)
          RETURNING r.id
       ) SELECT id FROM done`,
      [runId],
    );
    return rows.length > 0;
  }

  /** Runs whose employee matches the visibility predicate on `r.employee_id` (params numbered from $1). */
  async listRuns(visible: { sql: string; params: unknown[] }, filter: { employeeId?: string; managerId?: string; status?: string }): Promise<PlaybookRun[]> {
    const params = [...visible.params];
    const where = [visible.sql];
    for (const [col, value] of [['r.employee_id', filter.employeeId], ['r.manager_id', filter.managerId], ['r.status', filter.status]] as const) {
      if (value) where.push(`${col} = $${params.push(value)}`);
    }
    const ids = await this.tx.query<{ id: string }>(`SELECT r.id FROM playbook_run r WHERE ${where.join(' AND ')} ORDER BY r.training_date DESC, r.id`, params);
    if (!ids.length) return [];
    const rows = await this.tx.manager.createQueryBuilder(PlaybookRun, 'r').where('r.id = ANY(:ids)', { ids: ids.map((r) => r.id) }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((r) => byId.get(r.id)).filter((r): r is PlaybookRun => !!r);
  }

  /** Open steps past due of the open runs a manager owns. */
  overdueStepsOf(managerId: string, today: string): Promise<PlaybookRunStep[]> {
    return this.tx.manager
      .createQueryBuilder(PlaybookRunStep, 's')
      .innerJoin(PlaybookRun, 'r', 'r.id = s.run_id')
      .where(`r.manager_id = :managerId AND r.status = 'OPEN' AND s.completed_at IS NULL AND s.due_on < :today`, { managerId, today })
      .orderBy('s.due_on')
      .addOrderBy('s.position')
      .getMany();
  }

  /** (UPDATE … RETURNING is wrapped in a CTE: TypeORM returns [rows, count] for a bare UPDATE.) Moves the employee's open runs to their new manager; returns the ids moved. */
  async moveOpenRuns(employeeId: string, newManagerId: string): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(
      `WITH moved AS (
         UPDATE playbook_run SET manager_id = $2, updated_at = now() WHERE employee_id = $1 AND status = 'OPEN' AND manager_id IS DISTINCT FROM $2 RETURNING id
       ) SELECT id FROM moved`,
      [employeeId, newManagerId],
    );
    return rows.map((r) => r.id);
  }
}
