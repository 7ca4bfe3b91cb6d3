import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { jsonArrayOf } from '@app/shared';
import { PlaybookTemplate } from './entities/playbook-template.entity';
import { PlaybookTemplateStep } from './entities/playbook-template-step.entity';
import { PlaybookRun } from './entities/playbook-run.entity';
import { PlaybookRunStep } from './entities/playbook-run-step.entity';
import type { StepSpec } from './domain/default-steps';

/** Every query on playbook templates and runs. */
@Injectable()
export class PlaybookRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [{ name: 'After a training', description: null, active: true }] })
  insertTemplate(values: Pick<PlaybookTemplate, 'name' | 'description' | 'active'>): Promise<PlaybookTemplate> {
    return this.tx.manager.save(PlaybookTemplate, this.tx.manager.create(PlaybookTemplate, values));
  }

  @GenerateSql({ params: [Object.assign(new PlaybookTemplate(), { id: SqlExample.ID, name: 'After a training', description: 'Follow-up steps', active: false })] })
  saveTemplate(template: PlaybookTemplate): Promise<PlaybookTemplate> {
    return this.tx.manager.save(PlaybookTemplate, template);
  }

  @GenerateSql({ params: [{ templateId: SqlExample.ID, employeeId: SqlExample.ID, managerId: SqlExample.ID_2, startedById: SqlExample.ID_2, trainingName: 'Kubernetes basics', trainingDate: SqlExample.DATE, pathLevelId: null, certificationId: null, status: 'OPEN' }] })
  insertRun(values: Pick<PlaybookRun, 'templateId' | 'employeeId' | 'managerId' | 'startedById' | 'trainingName' | 'trainingDate' | 'pathLevelId' | 'certificationId' | 'status'>): Promise<PlaybookRun> {
    return this.tx.manager.save(PlaybookRun, this.tx.manager.create(PlaybookRun, values));
  }

  /** Saves a cancelled or corrected run. */
  @GenerateSql({ params: [Object.assign(new PlaybookRun(), { id: SqlExample.ID, templateId: SqlExample.ID, employeeId: SqlExample.ID, managerId: SqlExample.ID_2, startedById: SqlExample.ID_2, trainingName: 'Kubernetes basics', trainingDate: SqlExample.DATE, pathLevelId: null, certificationId: null, status: 'CANCELLED', completedAt: null, cancelledAt: SqlExample.NOW, cancelledById: SqlExample.ID_2, cancelReason: 'Training cancelled' })] })
  saveRun(run: PlaybookRun): Promise<PlaybookRun> {
    return this.tx.manager.save(PlaybookRun, run);
  }

  /** Saves a completed step. */
  @GenerateSql({ params: [Object.assign(new PlaybookRunStep(), { id: SqlExample.ID, runId: SqlExample.ID_2, position: 1, kind: 'AFTER', title: 'Check in', guidance: 'Ask how it went', dueOn: SqlExample.DATE, offsetDays: 7, completedOn: SqlExample.DATE, completedAt: SqlExample.NOW, completedById: SqlExample.ID_2, note: null, behaviourId: null, observationId: null })] })
  saveStep(step: PlaybookRunStep): Promise<PlaybookRunStep> {
    return this.tx.manager.save(PlaybookRunStep, step);
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findTemplate(id: string): Promise<PlaybookTemplate | null> {
    return this.tx.manager.findOne(PlaybookTemplate, { where: { id } });
  }

  /** The template with this name, compared case-insensitively. */
  @GenerateSql({ params: ['Before and after training'] })
  findTemplateByName(name: string): Promise<PlaybookTemplate | null> {
    return this.tx.manager.createQueryBuilder(PlaybookTemplate, 't').where('lower(t.name) = lower(:name)', { name }).getOne();
  }

  /** Replaces the template's steps by `steps`, numbered from 1 in this order. */
  @GenerateSql({ params: [SqlExample.ID, [{ kind: 'BEFORE', title: 'Set expectations', guidance: 'Agree on one outcome', offsetDays: -7 }]] })
  async replaceTemplateSteps(templateId: string, steps: readonly StepSpec[]): Promise<void> {
    await this.tx.manager.delete(PlaybookTemplateStep, { templateId });
    await this.tx.manager.insert(PlaybookTemplateStep, steps.map((s, i) => ({ ...s, templateId, position: i + 1 })));
  }

  @GenerateSql({ params: [] })
  listTemplates(): Promise<PlaybookTemplate[]> {
    return this.tx.manager.find(PlaybookTemplate, { order: { name: 'ASC' } });
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  templateSteps(templateIds: readonly string[]): Promise<PlaybookTemplateStep[]> {
    return this.tx.manager.createQueryBuilder(PlaybookTemplateStep, 's').where('s.template_id = ANY(:templateIds)', { templateIds }).orderBy('s.position').getMany();
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findRun(id: string): Promise<PlaybookRun | null> {
    return this.tx.manager.findOne(PlaybookRun, { where: { id } });
  }

  @GenerateSql({ params: [SqlExample.ID] })
  findStep(id: string): Promise<PlaybookRunStep | null> {
    return this.tx.manager.findOne(PlaybookRunStep, { where: { id } });
  }

  /**
   * Copies the template's steps into the run (one statement). Due date = training date + offset, but
   * never before `today`: a step the calendar has already passed when the run starts is due the day
   * it starts, not overdue from the outset.
   */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2, SqlExample.DATE_2, SqlExample.DATE] })
  async copySteps(runId: string, templateId: string, trainingDate: string, today: string): Promise<void> {
    await this.tx.query(
      `INSERT INTO playbook_run_step (run_id, position, kind, title, guidance, offset_days, due_on)
       SELECT $1, s.position, s.kind, s.title, s.guidance, s.offset_days, GREATEST($3::date + s.offset_days, $4::date)
         FROM playbook_template_step s WHERE s.template_id = $2`,
      [runId, templateId, trainingDate, today],
    );
  }

  /** Re-dates the run's open steps from a new training date (same rule as copySteps; steps without an offset move by the shift). */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.DATE, SqlExample.DATE_2, SqlExample.DATE] })
  async redateOpenSteps(runId: string, oldTrainingDate: string, newTrainingDate: string, today: string): Promise<void> {
    await this.tx.query(
      `UPDATE playbook_run_step SET due_on = GREATEST(COALESCE($3::date + offset_days, due_on + ($3::date - $2::date)), $4::date), updated_at = now()
        WHERE run_id = $1 AND completed_at IS NULL`,
      [runId, oldTrainingDate, newTrainingDate, today],
    );
  }

  /** Open steps of open runs due on or before `today` and on or after `since` (for step-due notices). */
  @GenerateSql({ params: [SqlExample.DATE, '2026-01-01'] })
  async stepsDue(today: string, since: string): Promise<Array<{ stepId: string; runId: string; title: string; dueOn: string; employeeId: string; managerId: string | null; trainingName: string }>> {
    const rows = await this.tx.query<{ step_id: string; run_id: string; title: string; due_on: string; employee_id: string; manager_id: string | null; training_name: string }>(
      `SELECT s.id AS step_id, s.run_id, s.title, s.due_on::text AS due_on, r.employee_id, r.manager_id, r.training_name
         FROM playbook_run_step s JOIN playbook_run r ON r.id = s.run_id
        WHERE r.status = 'OPEN' AND s.completed_at IS NULL AND s.due_on BETWEEN $2 AND $1
        ORDER BY s.due_on, s.id`,
      [today, since],
    );
    return rows.map((r) => ({ stepId: r.step_id, runId: r.run_id, title: r.title, dueOn: r.due_on, employeeId: r.employee_id, managerId: r.manager_id, trainingName: r.training_name }));
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  runSteps(runIds: readonly string[]): Promise<PlaybookRunStep[]> {
    return this.tx.manager.createQueryBuilder(PlaybookRunStep, 's').where('s.run_id = ANY(:runIds)', { runIds }).orderBy('s.position').getMany();
  }

  /** Marks the run completed when none of its steps is open. */
  @GenerateSql({ params: [SqlExample.ID] })
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
  @GenerateSql({ name: 'all', params: [SqlExample.ANYONE, {}] }, { name: 'filtered', params: [SqlExample.ANYONE, { employeeId: SqlExample.ID, managerId: SqlExample.ID_2, status: 'OPEN' }] })
  async listRuns(visible: { sql: string; params: unknown[] }, filter: RunFilter): Promise<PlaybookRun[]> {
    const { where, params } = runWhere(visible, filter);
    const ids = await this.tx.query<{ id: string }>(`SELECT r.id FROM playbook_run r WHERE ${where} ORDER BY r.training_date DESC, r.id`, params);
    if (!ids.length) return [];
    const rows = await this.tx.manager.createQueryBuilder(PlaybookRun, 'r').where('r.id = ANY(:ids)', { ids: ids.map((r) => r.id) }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((r) => byId.get(r.id)).filter((r): r is PlaybookRun => !!r);
  }

  /** The same runs as `listRuns`, in its order, as one JSON array of `object` (runJsonSql) per run: one statement. */
  @GenerateSql({ params: [SqlExample.ANYONE, { employeeId: SqlExample.ID, managerId: SqlExample.ID_2, status: 'OPEN' }, "json_build_object('id', r.id)"] })
  async listRunsJson(visible: { sql: string; params: unknown[] }, filter: RunFilter, object: string): Promise<string> {
    const { where, params } = runWhere(visible, filter);
    const rows = await this.tx.query<{ json: string }>(`SELECT ${object}::text AS json FROM playbook_run r WHERE ${where} ORDER BY r.training_date DESC, r.id`, params);
    return jsonArrayOf(rows.map((r) => r.json));
  }

  /** Open steps past due of the open runs a manager owns. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.DATE] })
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
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
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

export interface RunFilter {
  employeeId?: string;
  managerId?: string;
  status?: string;
}

function runWhere(visible: { sql: string; params: unknown[] }, filter: RunFilter): { where: string; params: unknown[] } {
  const params = [...visible.params];
  const where = [visible.sql];
  for (const [col, value] of [['r.employee_id', filter.employeeId], ['r.manager_id', filter.managerId], ['r.status', filter.status]] as const) {
    if (value) where.push(`${col} = $${params.push(value)}`);
  }
  return { where: where.join(' AND '), params };
}
